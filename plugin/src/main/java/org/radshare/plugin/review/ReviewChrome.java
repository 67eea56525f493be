/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.JSplitPane;
import javax.swing.SwingWorker;
import org.radshare.core.connect.Platform;
import org.radshare.core.review.ReviewModel;
import org.radshare.plugin.Messages;
import org.radshare.plugin.review.PlatformAccess.Destination;

/**
 * What the still and clip review windows share around their image: the split between the image side
 * (which takes the extra room) and the scrolling form, the fixed footer with the verdict, Cancel
 * and Post, the keyboard (Ctrl+Enter, Esc), the window's size (fitted to the screen and
 * remembered), and where to post: the policy's platforms with their sign-ins and the preview per
 * platform. Post is gated on the verdict panel and on every chosen platform being signed in.
 */
final class ReviewChrome {

  final JButton post = ReviewKeys.text(new JButton(), "review.post");
  final JButton cancel = ReviewKeys.text(new JButton(), "review.cancel");
  final JProgressBar progress = new JProgressBar();
  final JLabel status = new JLabel(" ");
  final ReviewTasks tasks;
  final PlatformPreview platforms;
  final PostPreviewTabs previews = new PostPreviewTabs();
  final VerdictPanel verdict;
  private final PlatformAccess access;
  private final JDialog dialog;

  /**
   * @param access the department's platforms (null: none can be read, nothing can be posted)
   * @param choose told when a platform is ticked or unticked
   */
  ReviewChrome(
      JDialog dialog,
      PlatformAccess access,
      VerdictPanel verdict,
      BiConsumer<Platform, Boolean> choose) {
    this.dialog = dialog;
    this.access = access == null ? PlatformAccess.EVERY : access;
    this.verdict = verdict;
    verdict.setTextWidth(320); // CSS pixels: Swing draws them at 4/3
    this.tasks = new ReviewTasks(progress, status, cancel);
    this.platforms = new PlatformPreview(choose, this::signIn);
    post.setName("radshare.review.post");
    post.getAccessibleContext().setAccessibleDescription(Messages.getString("review.post.keys"));
    cancel
        .getAccessibleContext()
        .setAccessibleDescription(Messages.getString("review.cancel.keys"));
  }

  /**
   * Puts the window together: image side and form side by side over the fixed footer, keys bound,
   * sized for the screen and remembered as {@code sizeKey}.
   *
   * @param typed whether closing would lose typed text (Esc and Cancel then ask first)
   */
  void assemble(JComponent imageSide, FormPanel form, String sizeKey, BooleanSupplier typed) {
    JComponent formSide = form.scroller();
    formSide.setMinimumSize(new Dimension(360, 100));
    formSide.setPreferredSize(new Dimension(500, 500));
    imageSide.setMinimumSize(new Dimension(320, 200));
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, imageSide, formSide);
    split.setResizeWeight(0.8);
    split.setBorder(javax.swing.BorderFactory.createEmptyBorder(8, 8, 4, 8));
    split.setContinuousLayout(true);
    split.setName("radshare.review.split");
    ReviewFooter footer =
        new ReviewFooter(verdict.headline(), verdict.nextStep(), status, progress, cancel, post);
    dialog.getContentPane().setLayout(new BorderLayout());
    dialog.getContentPane().add(split, BorderLayout.CENTER);
    dialog.getContentPane().add(footer, BorderLayout.SOUTH);
    dialog.getRootPane().setDefaultButton(null);
    cancel.addActionListener(e -> cancelPressed(typed));
    ReviewKeys.install(dialog, post, () -> cancelPressed(() -> false), typed);
    WindowFit.fit(dialog, sizeKey);
    // The form gets about a third of the width (never under 440 pixels); the image the rest.
    int w = dialog.getWidth();
    split.setDividerLocation(Math.max(320, w - Math.max(440, (int) (w * 0.36))));
    WindowFit.rememberOnClose(dialog, sizeKey);
  }

  /**
   * Cancel: stops running work and keeps the window; with nothing running, closes it (asking first
   * when something was typed).
   */
  private void cancelPressed(BooleanSupplier typed) {
    if (tasks.busy()) {
      tasks.cancel();
      return;
    }
    if (!typed.getAsBoolean() || ReviewKeys.confirmDiscard(dialog)) {
      dialog.dispose();
    }
  }

  /** Reads the department's platforms (off the event thread); failures come back as the value. */
  Object readDestinations() {
    try {
      return access.destinations();
    } catch (Exception e) {
      return e;
    }
  }

  /** Shows what {@link #readDestinations()} returned (on the event thread). */
  @SuppressWarnings("unchecked")
  void destinationsRead(Object read) {
    if (read instanceof Exception e) {
      platforms.showFailure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      return;
    }
    List<Destination> allowed = (List<Destination>) read;
    platforms.setDestinations(allowed, LastTargets.preselect(allowed));
  }

  /**
   * Shows {@code model}'s platforms and preview; {@code posted} is the image as posted (null while
   * it is being made).
   */
  void show(ReviewModel model, BufferedImage posted) {
    platforms.show(model);
    previews.show(model, posted, access, platforms.offered());
    List<Platform> unsigned = platforms.needingSignIn(model.platforms());
    if (!unsigned.isEmpty() && verdict.canPost(model)) {
      verdict
          .nextStep()
          .setText(Messages.format("blocker.NOT_SIGNED_IN", unsigned.get(0).displayName()));
    }
  }

  /** Whether every chosen platform of {@code model} is signed in. */
  boolean signedIn(ReviewModel model) {
    return platforms.needingSignIn(model.platforms()).isEmpty();
  }

  /** The post went out: tick the same platforms next time. */
  void posted(ReviewModel model) {
    LastTargets.remember(model.platforms());
    cancel.requestFocusInWindow(); // the keyboard stays in the window: Esc or Space closes it
  }

  private void signIn(Platform p) {
    status.setText(Messages.format("review.platform.signingIn", p.displayName()));
    new SwingWorker<Destination, Void>() {
      @Override
      protected Destination doInBackground() throws Exception {
        return access.signIn(p);
      }

      @Override
      protected void done() {
        try {
          platforms.signedIn(get());
          status.setText(" ");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (Exception e) {
          Throwable cause = e.getCause() == null ? e : e.getCause();
          status.setText(
              Messages.format("review.platform.signInFailed", p.displayName(), cause.getMessage()));
        }
      }
    }.execute();
  }
}
