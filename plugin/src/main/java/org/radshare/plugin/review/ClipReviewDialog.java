/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.Window;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.encode.video.VideoFormat;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Messages;

/**
 * The review window for a clip: the frames played and scrubbed with the mask outlined, manual boxes
 * for all frames or a range, and the same caption, alt text, platform, verdict, confirmation and
 * attestation as a still. Every check (the first one and each recheck after a mask edit) runs off
 * the event thread with progress and Cancel; while one runs, or when it failed, the clip counts as
 * unchecked and Post is disabled. All rules are core's {@link ReviewModel}, over the clip's report.
 */
public final class ClipReviewDialog extends JDialog {

  private static final long serialVersionUID = 1L;

  /** Fired (old null, new findings) each time a caption check is accepted; for tests and tools. */
  public static final String CAPTION_CHECKED = ReviewDialog.CAPTION_CHECKED;

  /** Fired (old null, new model) each time a check or recheck of the frames completes. */
  public static final String CLIP_CHECKED = "radshare.clipChecked";

  private final transient ClipBackend backend;
  private final transient FrameSet frames;
  private final transient Callable<String> header;
  private final transient CompletableFuture<ReviewModel> scanned = new CompletableFuture<>();
  private final transient ReviewTasks tasks;
  private transient String headerJson;
  private transient CheckedClip detected;
  private transient CheckedClip current;
  private transient ReviewModel model;
  private boolean failed;

  private final ClipReviewPanel clip;
  private final CaptionEditor caption;
  private final VerdictPanel verdict;
  private final ReviewChrome chrome;
  private final ClipFields fields = new ClipFields(this::update);
  private final JComboBox<VideoFormat> format = new JComboBox<>(VideoFormat.values());

  public ClipReviewDialog(
      Window owner,
      ClipBackend backend,
      FrameSet frames,
      Callable<String> header,
      ShareDefaults defaults) {
    super(owner, Messages.getString("clip.title"), ModalityType.MODELESS);
    this.backend = backend;
    this.frames = frames;
    this.header = header;
    setName("radshare.clip.review");
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    clip = new ClipReviewPanel(frames, ClipMask.of(List.of()), this::recheck);
    caption = new CaptionEditor(this::checkCaption, new CaptionEvents());
    verdict = new VerdictPanel(this::refresh, () -> model, this::checkCaption);
    chrome =
        new ReviewChrome(
            this,
            backend == null ? null : backend.platforms(),
            verdict,
            (p, on) -> update(m -> m.setPlatform(p, on)));
    tasks = chrome.tasks;
    fields.setDefaults(defaults);
    format.setName("radshare.clip.format");
    FormPanel form =
        new FormPanel(new MigLayout("insets 0 0 0 4, wrap 2, hidemode 3", "[right][grow,fill]"));
    fields.addTo(form, caption, chrome.platforms, chrome.previews, verdict);
    form.add(ReviewKeys.label("clip.format", format));
    form.add(format, "growx 0");
    chrome.post.addActionListener(e -> postNow());
    setControlsEnabled(false);
    chrome.assemble(clip, form, "clip", () -> !caption.getText().isBlank() || fields.typed());
    addWindowListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowOpened(java.awt.event.WindowEvent e) {
            caption.requestFocusInWindow();
          }
        });
  }

  /** Shows the window and checks the clip; {@link #scanned()} completes when that is done. */
  public void start() {
    setVisible(true);
    verdict.showChecking();
    if (backend == null) {
      fail(Messages.getString("review.noBackend"));
      return;
    }
    tasks.run(
        Messages.format("clip.checking", frames.size()),
        () -> {
          String json = header.call();
          return new Object[] {
            json, backend.check(frames, json), rules(), chrome.readDestinations()
          };
        },
        result -> {
          headerJson = (String) result[0];
          detected = (CheckedClip) result[1];
          verdict.setRules((JustificationRules) result[2]);
          chrome.destinationsRead(result[3]);
          checked(detected);
          caption.checkNow();
          scanned.complete(model);
        },
        this::fail,
        () -> fail(Messages.getString("review.checkCancelled")));
  }

  /** Completes with the model once the clip has been checked (exceptionally if it failed). */
  public CompletableFuture<ReviewModel> scanned() {
    return scanned;
  }

  /** The model of the latest completed check (null while none). For tests and tools. */
  public ReviewModel model() {
    return model;
  }

  /** The clip player and mask editor. */
  public ClipReviewPanel clipPanel() {
    return clip;
  }

  /** Cancels any running work and closes the window. */
  public void cancelAndDispose() {
    dispose();
  }

  @Override
  public void dispose() {
    tasks.cancel();
    caption.stop();
    verdict.stop();
    clip.setPlaying(false);
    super.dispose();
  }

  private JustificationRules rules() {
    try {
      return backend.justificationRules();
    } catch (Exception e) {
      return JustificationRules.NONE;
    }
  }

  /** A check or recheck finished: show its mask, frames and verdict. */
  private void checked(CheckedClip result) {
    current = result;
    ReviewModel before = model;
    model = ClipModels.of(result, model);
    fields.applyTo(model);
    if (before == null) {
      model.setCaption(caption.getText());
      for (var p : chrome.platforms.offered()) {
        model.setPlatform(p, chrome.platforms.isChosen(p));
      }
    }
    verdict.setCheckedRegions(result.mask().detected().size());
    clip.setMask(result.mask());
    clip.setPostedFrames(result.redacted().orElse(null));
    setControlsEnabled(true);
    refresh();
    firePropertyChange(CLIP_CHECKED, null, model);
  }

  /** The radiologist edited the mask: the clip is unchecked until the recheck is done. */
  private void recheck(ClipMask mask) {
    if (detected == null || failed) {
      return;
    }
    current = null;
    clip.setPostedFrames(null);
    chrome.post.setEnabled(false);
    verdict.showChecking();
    tasks.run(
        Messages.format("clip.rechecking", frames.size()),
        () -> backend.recheck(frames, headerJson, detected, mask),
        this::checked,
        this::fail,
        () -> chrome.status.setText(Messages.getString("clip.recheckCancelled")));
  }

  private void fail(Exception e) {
    fail(e.getMessage() == null ? Messages.getString("review.checkFailed") : e.getMessage());
  }

  private void fail(String message) {
    failed = true;
    current = null;
    verdict.showFailure(message);
    chrome.post.setEnabled(false);
    scanned.completeExceptionally(new IllegalStateException(message));
  }

  private List<CaptionFinding> checkCaption(String text) throws Exception {
    if (headerJson == null) {
      throw new IllegalStateException(Messages.getString("review.checkFailed"));
    }
    return backend.scanCaption(headerJson, text);
  }

  private void update(java.util.function.Consumer<ReviewModel> change) {
    if (model != null) {
      change.accept(model);
      refresh();
    }
  }

  private void refresh() {
    if (model == null || failed || current == null) {
      chrome.post.setEnabled(false);
      return;
    }
    verdict.show(model);
    chrome.show(model, current.redacted().map(f -> f.frame(clip.currentFrame())).orElse(null));
    chrome.post.setEnabled(canPost() && !tasks.busy());
  }

  private void postNow() {
    if (!canPost()) {
      return;
    }
    var draft = verdict.draft(model);
    Justification why = verdict.justification();
    ClipShare share =
        new ClipShare(
            frames, detected, current.mask(), headerJson, (VideoFormat) format.getSelectedItem());
    setControlsEnabled(false);
    tasks.run(
        Messages.getString("review.posting"),
        () -> backend.post(share, draft, why),
        done -> {
          setControlsEnabled(true);
          chrome.posted(model);
          String urls = String.join(" ", done.urls());
          chrome.status.setText(
              done.adjustments().isEmpty()
                  ? Messages.format("review.posted", urls)
                  : Messages.format(
                      "clip.postedAdjusted", urls, String.join("; ", done.adjustments())));
          chrome.post.setEnabled(false);
        },
        e -> {
          setControlsEnabled(true);
          chrome.status.setText(Messages.format("review.postFailed", oneLine(e)));
        },
        () -> setControlsEnabled(true));
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank()
        ? e.getClass().getSimpleName()
        : m.replaceAll("\\s+", " ").strip();
  }

  private boolean canPost() {
    return model != null
        && current != null
        && !failed
        && verdict.canPost(model)
        && chrome.signedIn(model);
  }

  private void setControlsEnabled(boolean on) {
    for (var c : List.of(format, clip, verdict)) {
      c.setEnabled(on);
    }
    fields.setEnabled(on);
    chrome.platforms.setEnabled(on);
    chrome.post.setEnabled(on && canPost());
  }

  /** The caption editor's events, applied to the model. */
  private final class CaptionEvents implements CaptionEditor.Listener {
    @Override
    public void edited(String text) {
      update(m -> m.setCaption(text));
    }

    @Override
    public boolean checked(String text, List<CaptionFinding> findings) {
      if (model == null || !model.setCaptionFindings(text, findings)) {
        return false;
      }
      refresh();
      firePropertyChange(CAPTION_CHECKED, null, findings);
      return true;
    }

    @Override
    public void failed(Exception e) {
      chrome.status.setText(Messages.getString("review.captionCheckFailed"));
      refresh();
    }
  }
}
