/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.Window;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javax.swing.JDialog;
import javax.swing.WindowConstants;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.review.RedactionPlan;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Messages;
import org.radshare.plugin.capture.Capture;

/**
 * The review window: what will leave the hospital, side by side with the capture, and everything
 * the radiologist must decide before posting. A post may carry up to four captures (views of one
 * layout): a strip then switches the current image, each image keeps its own regions, boxes, crop
 * and alt text, and the verdict shown is the worst over the images with each image's reasons. The
 * checks (header read, OCR) and the upload run off the event thread with progress and a Cancel
 * button; the viewer stays responsive.
 *
 * <p>Fails closed: without a backend, or when a check fails, the verdict is BLOCK and Post stays
 * disabled. All rules live in core's {@link ReviewModel} (one per image, held by {@link
 * ReviewSet}); this class renders them.
 */
public final class ReviewDialog extends JDialog {

  private static final long serialVersionUID = 1L;

  /** Fired (old null, new findings) each time a caption check is accepted; for tests and tools. */
  public static final String CAPTION_CHECKED = "radshare.captionChecked";

  private final transient ReviewBackend backend;
  private final transient List<Capture> captures;
  private final transient CompletableFuture<ReviewModel> scanned = new CompletableFuture<>();
  private final transient CompletableFuture<List<ReviewModel>> scannedAll =
      new CompletableFuture<>();
  private transient ReviewSet set;
  private transient ReviewModel shown;
  private transient List<String> headerJsons;
  private final transient ReviewTasks tasks;
  private boolean failed;

  private final ImageViews views;
  private final CaptionEditor caption;
  private final VerdictPanel verdict;
  private final ReviewChrome chrome;
  private final PostFieldsForm form;

  /** A review of one capture (the selected view). */
  public ReviewDialog(
      Window owner,
      ReviewBackend backend,
      BufferedImage capture,
      Callable<String> header,
      ShareDefaults defaults) {
    this(owner, backend, List.of(new Capture(capture, header)), defaults);
  }

  /** A review of one to four captures posted together, in the order given. */
  public ReviewDialog(
      Window owner, ReviewBackend backend, List<Capture> captures, ShareDefaults defaults) {
    super(owner, Messages.getString("review.title"), ModalityType.MODELESS);
    if (captures.isEmpty() || captures.size() > 4) {
      throw new IllegalArgumentException("a post carries one to four images");
    }
    this.backend = backend;
    this.captures = List.copyOf(captures);
    setName("radshare.review");
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    views =
        new ImageViews(
            captures.stream().map(Capture::image).toList(),
            this::planChanged,
            this::showImage,
            this::clearCrop);
    caption = new CaptionEditor(this::checkCaption, new CaptionEvents());
    verdict = new VerdictPanel(this::reviewConfirmed, () -> shown, this::checkCaption);
    chrome =
        new ReviewChrome(
            this,
            backend == null ? null : backend.platforms(),
            verdict,
            (p, on) -> update(() -> set.setPlatform(p, on)));
    tasks = chrome.tasks;
    form =
        new PostFieldsForm(
            caption,
            chrome.platforms,
            chrome.previews,
            verdict,
            captures.size(),
            defaults,
            () -> set,
            this::update);
    chrome.post.addActionListener(e -> postNow());
    chrome.post.setEnabled(false);
    setControlsEnabled(false);
    chrome.assemble(
        views.panel(),
        form,
        captures.size() > 1 ? "layout" : "still",
        () -> !caption.getText().isBlank() || form.typed());
    addWindowListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowOpened(java.awt.event.WindowEvent e) {
            caption.requestFocusInWindow();
          }
        });
  }

  /** Shows the window and starts the checks; {@link #scanned()} completes when they are done. */
  public void start() {
    setVisible(true);
    verdict.showChecking();
    if (backend == null) {
      fail(Messages.getString("review.noBackend"));
      return;
    }
    tasks.run(
        Messages.getString("review.scanning"),
        () -> new Object[] {PostWork.scan(backend, captures), rules(), chrome.readDestinations()},
        result -> {
          verdict.setRules((JustificationRules) result[1]);
          chrome.destinationsRead(result[2]);
          ready((PostWork.Scanned) result[0]);
        },
        this::fail,
        () -> fail(Messages.getString("review.checkCancelled")));
  }

  /**
   * Completes with the (first) image's model once the captures have been checked (exceptionally if
   * it failed).
   */
  public CompletableFuture<ReviewModel> scanned() {
    return scanned;
  }

  /** Completes with every image's model, in order, once the captures have been checked. */
  public CompletableFuture<List<ReviewModel>> scannedAll() {
    return scannedAll;
  }

  /** Cancels any running work and closes the window. */
  public void cancelAndDispose() {
    tasks.cancel();
    caption.stop();
    dispose();
  }

  @Override
  public void dispose() {
    caption.stop();
    verdict.stop();
    tasks.cancel();
    super.dispose();
  }

  private void ready(PostWork.Scanned result) {
    headerJsons = List.copyOf(result.jsons());
    List<ReviewModel> models = new ArrayList<>();
    for (int i = 0; i < captures.size(); i++) {
      BufferedImage image = captures.get(i).image();
      ReviewModel m = new ReviewModel(image.getWidth(), image.getHeight(), result.reports().get(i));
      models.add(m);
    }
    set = new ReviewSet(models);
    views.setPlans(set);
    form.applyTo(set);
    set.setCaption(caption.getText());
    for (var p : chrome.platforms.offered()) {
      if (chrome.platforms.isChosen(p)) {
        set.setPlatform(p, true);
      }
    }
    verdict.setCheckedRegions(flaggedRegions());
    setControlsEnabled(true);
    caption.checkNow();
    refresh();
    previewStale();
    scanned.complete(models.get(0));
    scannedAll.complete(List.copyOf(models));
  }

  /** Switches the current image: its canvas, its preview and its alt text. */
  private void showImage(int index) {
    if (set == null || index == set.currentIndex()) {
      return;
    }
    set.select(index);
    views.show(index);
    form.showImage(index, captures.size(), set.current().altText());
    refresh();
  }

  private void fail(Exception e) {
    fail(e.getMessage() == null ? Messages.getString("review.checkFailed") : e.getMessage());
  }

  /** One line a radiologist can act on (core's messages never quote PHI). */
  private static String reason(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank()
        ? e.getClass().getSimpleName()
        : m.replaceAll("\\s+", " ").strip();
  }

  /** The regions the REVIEW confirmation covers: every one not rated harmless, on every image. */
  private int flaggedRegions() {
    return (int)
        set.images().stream()
            .flatMap(m -> m.plan().regions().stream())
            .filter(r -> r.classification() != org.radshare.core.pixel.RegionClass.BENIGN)
            .count();
  }

  private void clearCrop(int i) {
    if (set != null) {
      set.image(i).plan().clearCrop();
      views.repaintBefore(i);
      planChanged(i);
    }
  }

  private void fail(String message) {
    failed = true;
    verdict.showFailure(message);
    chrome.post.setEnabled(false);
    scanned.completeExceptionally(new IllegalStateException(message));
    scannedAll.completeExceptionally(new IllegalStateException(message));
  }

  /** The caption is checked against every image's header: the images may show other patients. */
  private List<CaptionFinding> checkCaption(String text) throws Exception {
    List<String> jsons = headerJsons;
    if (jsons == null) {
      throw new IllegalStateException(Messages.getString("review.checkFailed"));
    }
    return PostWork.checkCaption(backend, jsons, text);
  }

  /** Redaction or crop changed: refresh the verdict now and the "after" image in the background. */
  private void planChanged(int image) {
    if (set == null) {
      return;
    }
    refresh();
    views.markStale(image);
    previewStale();
  }

  /**
   * Recomputes the "after" image of every image changed since its last preview. A newer preview
   * cancels an older one, so each run takes every image still stale, not only the last changed.
   */
  private void previewStale() {
    List<Integer> todo = views.stale();
    tasks.preview(
        () -> {
          List<BufferedImage> out = new ArrayList<>();
          for (int i : todo) {
            out.add(Redactions.apply(backend, captures.get(i).image(), set.image(i).plan()));
          }
          return out;
        },
        out -> {
          views.previewed(todo, out);
          refresh();
        },
        this::fail);
  }

  private void update(Runnable change) {
    if (set != null) {
      change.run();
      refresh();
    }
  }

  /** The verdict panel's REVIEW confirmation, which covers every image of the post. */
  private void reviewConfirmed() {
    if (set != null && shown != null) {
      set.setReviewConfirmed(shown.isReviewConfirmed());
    }
    refresh();
  }

  private void refresh() {
    if (set == null || failed) {
      return;
    }
    shown = set.verdictModel();
    verdict.show(shown);
    chrome.show(shown, views.posted(set.currentIndex()));
    views.showVerdicts(set);
    chrome.post.setEnabled(canPost() && !tasks.busy());
  }

  /**
   * Every image and the post as a whole may go, with the justification as typed (a justified
   * override lifts a BLOCK where the department allows it).
   */
  private boolean canPost() {
    if (set == null || shown == null) {
      return false;
    }
    return set.images().stream().allMatch(verdict::canPost)
        && verdict.canPost(shown)
        && chrome.signedIn(shown);
  }

  /** The policy's justification rules; unknown rules ask for none (the gate still applies). */
  private JustificationRules rules() {
    try {
      return backend.justificationRules();
    } catch (Exception e) {
      return JustificationRules.NONE;
    }
  }

  private void postNow() {
    if (!canPost()) {
      return;
    }
    var draft = verdict.draft(set.images().get(0));
    Justification why = verdict.justification();
    List<String> alts = set.altTexts();
    List<String> jsons = headerJsons;
    List<RedactionPlan> plans = set.images().stream().map(ReviewModel::plan).toList();
    setControlsEnabled(false);
    tasks.run(
        Messages.getString("review.posting"),
        () -> PostWork.post(backend, captures, plans, jsons, alts, draft, why),
        urls -> {
          chrome.posted(shown);
          chrome.status.setText(Messages.format("review.posted", String.join(" ", urls)));
          chrome.post.setEnabled(false);
        },
        e -> {
          setControlsEnabled(true);
          chrome.status.setText(Messages.format("review.postFailed", reason(e)));
        },
        () -> setControlsEnabled(true));
  }

  private void setControlsEnabled(boolean on) {
    verdict.setEnabled(on);
    form.setFieldsEnabled(on);
    views.setEnabled(on);
    chrome.platforms.setEnabled(on);
    chrome.post.setEnabled(on && !failed && canPost());
  }

  /** The caption editor's events, applied to the model. */
  private final class CaptionEvents implements CaptionEditor.Listener {
    @Override
    public void edited(String text) {
      update(() -> set.setCaption(text));
    }

    @Override
    public boolean checked(String text, List<CaptionFinding> findings) {
      if (set == null || !set.setCaptionFindings(text, findings)) {
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
