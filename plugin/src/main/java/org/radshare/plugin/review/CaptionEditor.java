/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.Color;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JTextArea;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import org.radshare.core.caption.CaptionFinding;

/**
 * The caption editor. Each pause in typing (debounced) sends the caption to core's checks off the
 * event thread; the findings come back highlighted in place. A result is used only if the caption
 * has not changed meanwhile, so what is highlighted always belongs to what is shown.
 */
final class CaptionEditor extends JTextArea {

  private static final long serialVersionUID = 1L;

  static final int DEBOUNCE_MS = 300;
  private static final Highlighter.HighlightPainter FINDING =
      new DefaultHighlighter.DefaultHighlightPainter(new Color(0xFF, 0x8A, 0x80));

  /** Checks one caption (slow; off the event thread). */
  interface Checker {
    List<CaptionFinding> check(String caption) throws Exception;
  }

  /** Receives the caption as typed, and each check's result for the caption it was made for. */
  interface Listener {
    void edited(String caption);

    /**
     * @return whether the result still applies (the caption did not change meanwhile)
     */
    boolean checked(String caption, List<CaptionFinding> findings);

    void failed(Exception e);
  }

  private final transient Checker checker;
  private final transient Listener listener;
  private final Timer debounce;
  private transient SwingWorker<List<CaptionFinding>, Void> running;

  CaptionEditor(Checker checker, Listener listener) {
    super(4, 40);
    this.checker = checker;
    this.listener = listener;
    setName("radshare.review.caption");
    setLineWrap(true);
    setWrapStyleWord(true);
    debounce = new Timer(DEBOUNCE_MS, e -> check());
    debounce.setRepeats(false);
    TextEdits.onEdit(this, this::edited);
  }

  /** Checks the current caption now (e.g. once the dialog is ready). */
  void checkNow() {
    debounce.stop();
    check();
  }

  /** Stops pending and running checks (the dialog is closing). */
  void stop() {
    debounce.stop();
    if (running != null) {
      running.cancel(true);
    }
  }

  private void edited() {
    getHighlighter().removeAllHighlights();
    listener.edited(getText());
    debounce.restart();
  }

  private void check() {
    if (running != null) {
      running.cancel(true);
    }
    String caption = getText();
    running =
        new SwingWorker<>() {
          @Override
          protected List<CaptionFinding> doInBackground() throws Exception {
            return checker.check(caption);
          }

          @Override
          protected void done() {
            if (isCancelled()) {
              return;
            }
            try {
              List<CaptionFinding> findings = get();
              if (listener.checked(caption, findings)) {
                highlight(findings);
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } catch (Exception e) {
              listener.failed(e);
            }
          }
        };
    running.execute();
  }

  private void highlight(List<CaptionFinding> findings) {
    Highlighter h = getHighlighter();
    h.removeAllHighlights();
    forEachValid(
        findings,
        f -> {
          try {
            h.addHighlight(f.start(), f.end(), FINDING);
          } catch (BadLocationException e) {
            // cannot happen: the span was checked against this very text
          }
        });
  }

  private void forEachValid(List<CaptionFinding> findings, Consumer<CaptionFinding> action) {
    int length = getDocument().getLength();
    findings.stream()
        .filter(f -> f.start() >= 0 && f.start() <= f.end() && f.end() <= length)
        .forEach(action);
  }
}
