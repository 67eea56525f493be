/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.BorderLayout;
import java.awt.Window;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
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
  private final PlatformPreview platforms;
  private final VerdictPanel verdict;
  private final ClipFields fields = new ClipFields(this::update);
  private final JComboBox<VideoFormat> format = new JComboBox<>(VideoFormat.values());
  private final JCheckBox attest = new JCheckBox(Messages.getString("review.attest"));
  private final JButton post = new JButton(Messages.getString("review.post"));
  private final JButton cancel = new JButton(Messages.getString("review.cancel"));
  private final JProgressBar progress = new JProgressBar();
  private final JLabel status = new JLabel(" ");

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
    platforms = new PlatformPreview((p, on) -> update(m -> m.setPlatform(p, on)));
    verdict = new VerdictPanel(this::refresh, () -> model, this::checkCaption);
    tasks = new ReviewTasks(progress, status, cancel);
    fields.setDefaults(defaults);
    layoutContent();
    attest.setName("radshare.review.attest");
    attest.addActionListener(e -> update(m -> m.setAttested(attest.isSelected())));
    format.setName("radshare.clip.format");
    post.setName("radshare.review.post");
    status.setName("radshare.review.status");
    post.addActionListener(e -> postNow());
    cancel.addActionListener(e -> cancelAndDispose());
    setControlsEnabled(false);
    pack();
    setLocationRelativeTo(owner);
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
          return new Object[] {json, backend.check(frames, json), rules()};
        },
        result -> {
          headerJson = (String) result[0];
          detected = (CheckedClip) result[1];
          verdict.setRules((JustificationRules) result[2]);
          checked(detected);
          fitToScreen();
          caption.checkNow();
          scanned.complete(model);
        },
        this::fail,
        this::dispose);
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

  /** The verdict and its reasons take room once known: grow to show them, within the screen. */
  private void fitToScreen() {
    pack();
    java.awt.Rectangle screen = getGraphicsConfiguration().getBounds();
    setSize(Math.min(getWidth(), screen.width), Math.min(getHeight(), screen.height));
    setLocation(
        Math.max(screen.x, Math.min(getX(), screen.x + screen.width - getWidth())),
        Math.max(screen.y, Math.min(getY(), screen.y + screen.height - getHeight())));
    validate();
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
    model = ClipModels.of(result, model);
    fields.applyTo(model);
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
    post.setEnabled(false);
    verdict.showChecking();
    tasks.run(
        Messages.format("clip.rechecking", frames.size()),
        () -> backend.recheck(frames, headerJson, detected, mask),
        this::checked,
        this::fail,
        () -> status.setText(Messages.getString("clip.recheckCancelled")));
  }

  private void fail(Exception e) {
    fail(e.getMessage() == null ? Messages.getString("review.checkFailed") : e.getMessage());
  }

  private void fail(String message) {
    failed = true;
    current = null;
    verdict.showFailure(message);
    post.setEnabled(false);
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
      post.setEnabled(false);
      return;
    }
    verdict.show(model);
    platforms.show(model);
    post.setEnabled(verdict.canPost(model) && !tasks.busy());
  }

  private void postNow() {
    if (model == null || current == null || !verdict.canPost(model)) {
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
          String urls = String.join(" ", done.urls());
          status.setText(
              done.adjustments().isEmpty()
                  ? Messages.format("review.posted", urls)
                  : Messages.format(
                      "clip.postedAdjusted", urls, String.join("; ", done.adjustments())));
          post.setEnabled(false);
        },
        e -> {
          setControlsEnabled(true);
          status.setText(Messages.format("review.postFailed", oneLine(e)));
        },
        () -> setControlsEnabled(true));
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank()
        ? e.getClass().getSimpleName()
        : m.replaceAll("\\s+", " ").strip();
  }

  private void layoutContent() {
    JPanel form = new WidthTrackingPanel(new MigLayout("insets 0, wrap 2", "[right][grow,fill]"));
    form.add(new JLabel(Messages.getString("review.caption")), "top");
    form.add(new JScrollPane(caption), "wmin 0");
    fields.addTo(form);
    form.add(new JLabel(Messages.getString("clip.format")));
    form.add(format, "growx 0");
    form.add(new JLabel(Messages.getString("review.platforms")), "top");
    form.add(platforms, "wmin 0");
    form.add(verdict, "span, growx, wmin 0, gaptop 6");
    form.add(attest, "span, wmin 0");

    JPanel buttons = new JPanel(new MigLayout("insets 0", "[grow,fill][][][]"));
    buttons.add(status);
    buttons.add(progress, "w 120!");
    buttons.add(cancel);
    buttons.add(post);

    verdict.setTextWidth(390);
    JScrollPane formScroll =
        new JScrollPane(
            form, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
    formScroll.setBorder(null);
    formScroll.getVerticalScrollBar().setUnitIncrement(16);
    JPanel content =
        new JPanel(new MigLayout("insets 10", "[grow,fill]10[520!,fill]", "[grow,fill][]"));
    content.add(clip, "w 360:520:, h 300:480:");
    content.add(formScroll, "h 300:600:, wrap");
    content.add(buttons, "span");
    getContentPane().setLayout(new BorderLayout());
    getContentPane().add(content, BorderLayout.CENTER);
    getRootPane().setDefaultButton(null);
  }

  private void setControlsEnabled(boolean on) {
    for (var c : List.of(caption, format, attest, clip, verdict)) {
      c.setEnabled(on);
    }
    fields.setEnabled(on);
    post.setEnabled(on && !failed && current != null && model != null && verdict.canPost(model));
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
      status.setText(Messages.getString("review.captionCheckFailed"));
      refresh();
    }
  }

  /** The form in its scroll pane: as wide as the pane, scrolling only up and down. */
  private static final class WidthTrackingPanel extends JPanel implements javax.swing.Scrollable {

    private static final long serialVersionUID = 1L;

    WidthTrackingPanel(MigLayout layout) {
      super(layout);
    }

    @Override
    public java.awt.Dimension getPreferredScrollableViewportSize() {
      return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int dir) {
      return 16;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int dir) {
      return visible.height;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
      return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
      return false;
    }
  }
}
