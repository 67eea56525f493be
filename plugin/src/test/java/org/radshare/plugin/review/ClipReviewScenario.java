/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.radshare.plugin.review.ReviewDialogScenario.awaitText;
import static org.radshare.plugin.review.ReviewDialogScenario.centre;
import static org.radshare.plugin.review.ReviewDialogScenario.click;
import static org.radshare.plugin.review.ReviewDialogScenario.drag;
import static org.radshare.plugin.review.ReviewDialogScenario.find;
import static org.radshare.plugin.review.ReviewDialogScenario.onEdtRun;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Point;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.FrameFiles;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.connect.Platform;
import org.radshare.core.encode.video.VideoFormat;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Edt;
import org.radshare.plugin.post.Department;

/**
 * The clip review window driven like a radiologist would, in its own JVM on the Xvfb display that
 * {@link ReviewDialogIT} starts, over core's real clip checks: the test-data ultrasound loop is
 * checked frame by frame, the radiologist scrubs to a frame, draws a box and blacks it out on a
 * range of frames (rechecked), types the patient's name into the caption and sees it flagged,
 * confirms the review with the justification the department's policy demands and posts through
 * core's publisher to the local outbox, audited. Writes a screenshot; exits 0 only if every check
 * held.
 */
public final class ClipReviewScenario {

  private static final long WAIT_S = 120;
  private static final Path CLIP = Path.of("..", "test-data", "fixtures", "cine", "cine-002");

  /** Inside the ultrasound sector, clear of every burned-in label. */
  private static final Box BOX = new Box(80, 165, 40, 20);

  private ClipReviewScenario() {}

  /** Runs the scenario; args[0] is where the screenshot goes, args[1] a scratch folder. */
  public static void main(String[] args) {
    try {
      SwingUtilities.invokeAndWait(FlatLightLaf::setup);
      run(Path.of(args[0]), Path.of(args[1]));
      System.out.println("SCENARIO OK");
      System.exit(0);
    } catch (Throwable t) {
      t.printStackTrace(System.out);
      System.exit(1);
    }
  }

  private static void run(Path shot, Path scratch) throws Exception {
    FrameSet frames = FrameFiles.read(CLIP, 100);
    String header = Files.readString(Path.of(CLIP + ".header.json"));
    Department department = ClipPosters.department(scratch);
    RecordingClipBackend backend =
        new RecordingClipBackend(new CoreClipBackend(new PixelScanner(), () -> department));
    ShareDefaults defaults = new ShareDefaults(List.of("FOAMrad"), "", false, "");
    ClipReviewDialog dialog =
        Edt.call(() -> new ClipReviewDialog(null, backend, frames, () -> header, defaults));
    try {
      onEdtRun(dialog::start);
      ReviewModel first = dialog.scanned().get(WAIT_S, TimeUnit.SECONDS);
      assertThat(Edt.call(first::verdict)).isEqualTo(Verdict.REVIEW);
      ClipReviewPanel clip = dialog.clipPanel();
      assertThat(Edt.call(() -> clip.mask().boxesFor(5))).isNotEmpty();
      Robot robot = new Robot();
      robot.setAutoDelay(20);
      robot.waitForIdle();

      // Scrub to the fifth frame: drag the scrubber's knob from the first frame to it.
      JSlider scrubber = find(dialog, JSlider.class, "radshare.clip.scrubber");
      drag(robot, knob(scrubber, 0), knob(scrubber, 4));
      assertThat(Edt.call(clip::currentFrame)).isEqualTo(4);
      assertThat(Edt.call(() -> find(dialog, JLabel.class, "radshare.clip.position").getText()))
          .isEqualTo("Frame 5 of 24");

      // Draw a box in the sector and black it out on frames 4 to 7 only: the clip is rechecked.
      CompletableFuture<Object> rechecked = new CompletableFuture<>();
      onEdtRun(
          () ->
              dialog.addPropertyChangeListener(
                  ClipReviewDialog.CLIP_CHECKED, e -> rechecked.complete(e.getNewValue())));
      drag(robot, framePoint(clip, BOX.x(), BOX.y()), framePoint(clip, BOX.x() + 40, BOX.y() + 20));
      onEdtRun(
          () -> {
            find(dialog, JSpinner.class, "radshare.clip.first").setValue(4);
            find(dialog, JSpinner.class, "radshare.clip.last").setValue(7);
          });
      click(robot, centre(find(dialog, JButton.class, "radshare.clip.boxRange")));
      ReviewModel reviewed = (ReviewModel) rechecked.get(WAIT_S, TimeUnit.SECONDS);
      ClipMask mask = Edt.call(clip::mask);
      assertThat(mask.ranged()).hasSize(1);
      ClipMask.RangedBox ranged = mask.ranged().get(0);
      assertThat(List.of(ranged.first(), ranged.last())).containsExactly(3, 6);
      assertThat(ranged.box().intersects(BOX)).isTrue();
      assertThat(Edt.call(reviewed::verdict)).isEqualTo(Verdict.REVIEW);

      // A caption naming the patient is flagged and blocks Post.
      CompletableFuture<Object> flagged = new CompletableFuture<>();
      onEdtRun(
          () ->
              dialog.addPropertyChangeListener(
                  ClipReviewDialog.CAPTION_CHECKED,
                  e -> {
                    if (!((List<?>) e.getNewValue()).isEmpty()) {
                      flagged.complete(e.getNewValue());
                    }
                  }));
      JTextComponent caption = find(dialog, JTextComponent.class, "radshare.review.caption");
      for (char c : "Loop from Kateřina Østergaard".toCharArray()) {
        onEdtRun(() -> caption.replaceSelection(String.valueOf(c)));
      }
      List<?> findings = (List<?>) flagged.get(WAIT_S, TimeUnit.SECONDS);
      assertThat(findings).isNotEmpty();
      assertThat(((CaptionFinding) findings.get(0)).category()).isEqualTo("PatientName");
      assertThat(Edt.call(() -> caption.getHighlighter().getHighlights().length)).isPositive();
      onEdtRun(
          () -> {
            find(dialog, JTextField.class, "radshare.review.altText")
                .setText("Ultrasound loop of a cyst");
            find(dialog, JCheckBox.class, "radshare.review.platform.OUTBOX").doClick();
          });
      JButton post = find(dialog, JButton.class, "radshare.review.post");
      assertThat(Edt.call(() -> dialog.model().verdict())).isEqualTo(Verdict.BLOCK);
      assertThat(Edt.call(post::isEnabled)).isFalse();
      ScreenCheck.check(robot, dialog, shot);

      // A clean caption: REVIEW, which needs the confirmation and a 12-character justification.
      CompletableFuture<Object> clean = new CompletableFuture<>();
      onEdtRun(
          () ->
              dialog.addPropertyChangeListener(
                  ClipReviewDialog.CAPTION_CHECKED,
                  e -> {
                    if (((List<?>) e.getNewValue()).isEmpty()) {
                      clean.complete(e.getNewValue());
                    }
                  }));
      onEdtRun(() -> caption.setText("Simple renal cyst on ultrasound"));
      clean.get(WAIT_S, TimeUnit.SECONDS);
      assertThat(Edt.call(() -> dialog.model().verdict())).isEqualTo(Verdict.REVIEW);
      assertThat(Edt.call(post::isEnabled)).isFalse();
      onEdtRun(() -> find(dialog, JCheckBox.class, "radshare.review.confirm").doClick());
      JLabel needed = find(dialog, JLabel.class, "radshare.review.justification.status");
      assertThat(Edt.call(needed::getText)).isEqualTo("12 more characters needed");
      assertThat(Edt.call(post::isEnabled)).isFalse();
      JTextComponent why = find(dialog, JTextComponent.class, "radshare.review.justification");
      onEdtRun(() -> why.setText("Every frame checked, labels masked"));
      awaitText(needed, "complete");
      onEdtRun(
          () ->
              find(dialog, JComboBox.class, "radshare.clip.format")
                  .setSelectedItem(VideoFormat.GIF));
      assertThat(Edt.call(post::isEnabled)).isTrue();

      click(robot, centre(post));
      RecordingClipBackend.Posted sent = backend.posted.get(WAIT_S, TimeUnit.SECONDS);
      assertThat(sent.clip().format()).isEqualTo(VideoFormat.GIF);
      assertThat(sent.clip().mask()).isEqualTo(mask);
      assertThat(sent.draft().platforms()).containsExactly(Platform.OUTBOX);
      assertThat(sent.draft().text()).isEqualTo("Simple renal cyst on ultrasound\n\n#FOAMrad");
      assertThat(sent.draft().reviewConfirmed()).isTrue();
      assertThat(sent.justification().text()).isEqualTo("Every frame checked, labels masked");
      ClipPosters.assertPosted(scratch, sent);
      awaitText(find(dialog, JLabel.class, "radshare.review.status"), "Posted");
      assertThat(sent.done().urls().get(0)).isNotBlank();
    } finally {
      onEdtRun(dialog::cancelAndDispose);
    }
  }

  private static Point framePoint(ClipReviewPanel clip, int x, int y) throws Exception {
    return Edt.call(
        () -> {
          Point p = clip.toView(x, y);
          SwingUtilities.convertPointToScreen(p, clip.frameView());
          return p;
        });
  }

  /** Where on screen the scrubber's knob sits at {@code value}. */
  private static Point knob(JSlider slider, int value) throws Exception {
    return Edt.call(
        () -> {
          var ui = (javax.swing.plaf.basic.BasicSliderUI) slider.getUI();
          int from = -1;
          int to = -1;
          for (int x = 0; x < slider.getWidth(); x++) {
            if (ui.valueForXPosition(x) == value) {
              from = from < 0 ? x : from;
              to = x;
            }
          }
          Point p = new Point((from + to) / 2, slider.getHeight() / 2);
          SwingUtilities.convertPointToScreen(p, slider);
          return p;
        });
  }
}
