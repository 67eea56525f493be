/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.radshare.plugin.review.ReviewDialogScenario.centre;
import static org.radshare.plugin.review.ReviewDialogScenario.click;
import static org.radshare.plugin.review.ReviewDialogScenario.find;
import static org.radshare.plugin.review.ReviewDialogScenario.onEdtRun;
import static org.radshare.plugin.review.ReviewDialogScenario.screenPoint;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.radshare.core.pixel.Box;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.PostBlocker;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Edt;
import org.radshare.plugin.capture.Capture;
import org.radshare.plugin.post.ImageToPost;

/**
 * Two views of a layout reviewed for one post, in its own JVM on the Xvfb display that {@link
 * ReviewDialogIT} starts: both captures are checked with their own headers, the strip switches to
 * the second image, a click redacts a region there only, each image gets its own alt text (Post
 * waits for both), and Post sends both images, each with its header and alt text, to the outbox.
 * Writes a screenshot; exits 0 only if every check held.
 */
public final class LayoutReviewScenario {

  private static final long WAIT_S = 30;
  private static final String HEADER_1 = header(1);
  private static final String HEADER_2 = header(2);

  private LayoutReviewScenario() {}

  /** Runs the scenario; args[0] is where the screenshot goes. */
  public static void main(String[] args) {
    try {
      SwingUtilities.invokeAndWait(FlatLightLaf::setup);
      run(Path.of(args[0]));
      System.out.println("SCENARIO OK");
      System.exit(0);
    } catch (Throwable t) {
      t.printStackTrace(System.out);
      System.exit(1);
    }
  }

  private static void run(Path shot) throws Exception {
    BufferedImage first = ImageIO.read(ReviewDialogScenario.writeCapture().toFile());
    BufferedImage second = secondView();
    Path work = Path.of("target", "layout-review");
    deleteTree(work);
    OutboxBackend backend = new OutboxBackend(work);
    ShareDefaults defaults = new ShareDefaults(List.of("radiology"), "", false, "");
    ReviewDialog dialog =
        Edt.call(
            () ->
                new ReviewDialog(
                    null,
                    backend,
                    List.of(
                        new Capture(first, () -> HEADER_1), new Capture(second, () -> HEADER_2)),
                    defaults));
    try {
      onEdtRun(dialog::start);
      List<ReviewModel> models = dialog.scannedAll().get(WAIT_S, TimeUnit.SECONDS);
      assertThat(models).hasSize(2);
      assertThat(backend.checks.headersSeen).containsExactly(HEADER_1, HEADER_2);
      Robot robot = new Robot();
      robot.setAutoDelay(20);
      robot.waitForIdle();
      RegionCanvas before1 = find(dialog, RegionCanvas.class, "radshare.review.before.1");
      RegionCanvas before2 = find(dialog, RegionCanvas.class, "radshare.review.before.2");
      assertThat(Edt.call(before1::isShowing)).isTrue();
      assertThat(Edt.call(before2::isShowing)).isFalse();

      // Switch to the second image and click its "L": redacted there, kept on the first image.
      click(robot, centre(find(dialog, JToggleButton.class, "radshare.review.image.2")));
      assertThat(Edt.call(before2::isShowing)).isTrue();
      click(robot, screenPoint(before2, 370, 153));
      assertThat(Edt.call(() -> models.get(1).plan().isRedacted(1))).isTrue();
      assertThat(Edt.call(() -> models.get(0).plan().isRedacted(1))).isFalse();

      // Keep the unrecognised text on the second image: the post needs review, for image 2.
      click(robot, screenPoint(before2, 65, 260));
      assertThat(Edt.call(() -> models.get(1).verdict())).isEqualTo(Verdict.REVIEW);
      assertThat(Edt.call(() -> models.get(0).verdict())).isEqualTo(Verdict.PASS);
      assertThat(Edt.call(() -> label(dialog, "radshare.review.verdict"))).contains("review");
      assertThat(Edt.call(() -> labels(dialog)))
          .anyMatch(t -> t.contains("Image 2: A region of unreadable text is shown"));
      click(robot, screenPoint(before2, 65, 260));
      assertThat(Edt.call(() -> models.get(1).verdict())).isEqualTo(Verdict.PASS);

      // Alt text for the second image only, a clean caption, and the outbox.
      JTextField altText = find(dialog, JTextField.class, "radshare.review.altText");
      onEdtRun(() -> altText.setText("Coronal CT, same patient"));
      CompletableFuture<Object> checked = new CompletableFuture<>();
      onEdtRun(
          () ->
              dialog.addPropertyChangeListener(
                  ReviewDialog.CAPTION_CHECKED, e -> checked.complete(e.getNewValue())));
      JTextComponent caption = find(dialog, JTextComponent.class, "radshare.review.caption");
      onEdtRun(() -> caption.setText("Two views of a classic pneumothorax"));
      assertThat((List<?>) checked.get(WAIT_S, TimeUnit.SECONDS)).isEmpty();
      // The department allows only the outbox: it is ticked already.
      assertThat(
              Edt.call(
                  () ->
                      find(dialog, JCheckBox.class, "radshare.review.platform.OUTBOX")
                          .isSelected()))
          .isTrue();

      // The first image still lacks its alt text: Post waits, and the strip says which image.
      JButton post = find(dialog, JButton.class, "radshare.review.post");
      assertThat(Edt.call(() -> models.get(1).altText())).isEqualTo("Coronal CT, same patient");
      assertThat(Edt.call(() -> models.get(0).blockers())).contains(PostBlocker.ALT_TEXT_MISSING);
      assertThat(Edt.call(post::isEnabled)).isFalse();
      assertThat(Edt.call(() -> label(dialog, "radshare.review.blockers")))
          .contains("Describe the image in the alt text");
      assertThat(
              Edt.call(
                  () -> find(dialog, JToggleButton.class, "radshare.review.image.1").getText()))
          .contains("alt text missing");

      click(robot, centre(find(dialog, JToggleButton.class, "radshare.review.image.1")));
      assertThat(Edt.call(before1::isShowing)).isTrue();
      assertThat(Edt.call(() -> altText.getText())).isEmpty();
      onEdtRun(() -> altText.setText("Axial CT"));
      assertThat(Edt.call(() -> models.get(0).verdict())).isEqualTo(Verdict.PASS);
      assertThat(Edt.call(() -> label(dialog, "radshare.review.verdict"))).contains("Safe");
      assertThat(Edt.call(post::isEnabled)).isTrue();

      ScreenCheck.check(robot, dialog, shot);

      // Post: both images in one post to the outbox, each as previewed, with its alt text.
      onEdtRun(post::doClick);
      List<ImageToPost> sent = backend.sent.get(WAIT_S, TimeUnit.SECONDS);
      assertThat(sent).extracting(ImageToPost::dicomJson).containsExactly(HEADER_1, HEADER_2);
      assertThat(lit(sent.get(0).image(), FakeBackend.MARKER.box())).as("L kept").isPositive();
      assertThat(lit(sent.get(1).image(), FakeBackend.MARKER.box())).as("L redacted").isZero();
      assertThat(lit(sent.get(1).image(), FakeBackend.NAME.box())).as("name redacted").isZero();
      assertThat(backend.result.get(WAIT_S, TimeUnit.SECONDS)).hasSize(1);
      Path postJson = postJson(backend.outbox());
      assertThat(Files.exists(postJson.resolveSibling("media-1.png"))).isTrue();
      assertThat(Files.exists(postJson.resolveSibling("media-2.png"))).isTrue();
      assertThat(Files.readString(postJson))
          .contains("Axial CT")
          .contains("Coronal CT, same patient")
          .contains("Two views of a classic pneumothorax");
    } finally {
      onEdtRun(dialog::cancelAndDispose);
    }
  }

  /** A synthetic header: the same patient, instance number {@code n}. */
  private static String header(int n) {
    return "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"DOE^JOHN\"}]},"
        + "\"00100020\":{\"vr\":\"LO\",\"Value\":[\"8377162\"]},"
        + "\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]},"
        + "\"00200013\":{\"vr\":\"IS\",\"Value\":["
        + n
        + "]}}";
  }

  /** The post.json of the one outbox entry. */
  private static Path postJson(Path outbox) throws java.io.IOException {
    try (var files = Files.walk(outbox)) {
      List<Path> posts = files.filter(p -> p.endsWith("post.json")).toList();
      assertThat(posts).hasSize(1);
      return posts.get(0);
    }
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    if (Files.exists(root)) {
      try (var files = Files.walk(root)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** The second view: another slice of the same synthetic patient, same overlay positions. */
  private static BufferedImage secondView() {
    BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(70, 70, 70));
    g.fillRect(110, 70, 180, 160);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
    g.drawString("DOE^JOHN", 22, 34);
    g.drawString("L", 362, 162);
    g.dispose();
    return img;
  }

  /** How many pixels inside {@code box} are not black. */
  private static int lit(BufferedImage image, Box box) {
    int n = 0;
    for (int y = box.y(); y < box.y() + box.height(); y++) {
      for (int x = box.x(); x < box.x() + box.width(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) > 0x202020) {
          n++;
        }
      }
    }
    return n;
  }

  /** The text of every label in {@code root}. */
  private static List<String> labels(java.awt.Container root) {
    List<String> out = new java.util.ArrayList<>();
    for (Component c : root.getComponents()) {
      if (c instanceof JLabel l && l.getText() != null) {
        out.add(l.getText());
      }
      if (c instanceof java.awt.Container child) {
        out.addAll(labels(child));
      }
    }
    return out;
  }

  private static String label(ReviewDialog dialog, String name) {
    return find(dialog, JLabel.class, name).getText();
  }
}
