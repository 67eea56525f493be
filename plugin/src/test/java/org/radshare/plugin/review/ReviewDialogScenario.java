/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.connect.Platform;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.PostBlocker;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Edt;

/**
 * The review window driven like a radiologist would, in its own JVM on the Xvfb display that {@link
 * ReviewDialogIT} starts: the capture is checked, a click on a harmless label redacts it, a drag
 * adds a black box, and typing the patient's name into the caption gets it flagged and blocks Post.
 * Writes a screenshot of the final state; exits 0 only if every check held.
 */
public final class ReviewDialogScenario {

  private static final long WAIT_S = 30;

  private ReviewDialogScenario() {}

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
    BufferedImage capture = ImageIO.read(writeCapture().toFile());
    FakeBackend backend = new FakeBackend();
    ShareDefaults defaults = new ShareDefaults(List.of("radiology"), "", false, "");
    ReviewDialog dialog =
        Edt.call(
            () -> new ReviewDialog(null, backend, capture, () -> "{\"00100010\":{}}", defaults));
    try {
      onEdtRun(dialog::start);
      ReviewModel model = dialog.scanned().get(WAIT_S, TimeUnit.SECONDS);
      assertThat(backend.headersSeen).containsExactly("{\"00100010\":{}}");
      RegionCanvas before = find(dialog, RegionCanvas.class, "radshare.review.before");
      Robot robot = new Robot();
      robot.setAutoDelay(20);
      robot.waitForIdle();

      // Click the harmless "L" (kept by default): now it is redacted too.
      assertThat(model.plan().isRedacted(1)).isFalse();
      click(robot, screenPoint(before, 370, 153));
      assertThat(Edt.call(() -> model.plan().isRedacted(1))).isTrue();

      // Drag a box over the bottom-right corner.
      drag(robot, screenPoint(before, 300, 220), screenPoint(before, 390, 290));
      assertThat(Edt.call(() -> model.plan().manualBoxes())).hasSize(1);

      // Type a caption naming the patient: it is checked off the event thread and flagged.
      CompletableFuture<Object> checked = new CompletableFuture<>();
      onEdtRun(
          () ->
              dialog.addPropertyChangeListener(
                  ReviewDialog.CAPTION_CHECKED,
                  e -> {
                    if (!((List<?>) e.getNewValue()).isEmpty()) {
                      checked.complete(e.getNewValue());
                    }
                  }));
      JTextComponent caption = find(dialog, JTextComponent.class, "radshare.review.caption");
      for (char c : "Classic case, thanks John Doe".toCharArray()) {
        onEdtRun(() -> caption.replaceSelection(String.valueOf(c)));
      }
      List<?> findings = (List<?>) checked.get(WAIT_S, TimeUnit.SECONDS);
      assertThat(findings).hasSize(1);
      assertThat(((CaptionFinding) findings.get(0)).text()).isEqualTo("John Doe");
      assertThat(Edt.call(() -> caption.getHighlighter().getHighlights().length)).isEqualTo(1);
      onEdtRun(() -> find(dialog, JTextField.class, "radshare.review.altText").setText("Chest CT"));
      assertThat(Edt.call(model::verdict)).isEqualTo(Verdict.BLOCK);
      assertThat(Edt.call(model::blockers)).contains(PostBlocker.VERDICT_BLOCKED);
      JButton post = find(dialog, JButton.class, "radshare.review.post");
      assertThat(Edt.call(post::isEnabled)).isFalse();
      assertThat(Edt.call(() -> find(dialog, JLabel.class, "radshare.review.verdict").getText()))
          .contains("Blocked");

      ScreenCheck.check(robot, dialog, shot);

      // A clean caption and a platform: PASS, and Post is enabled.
      CompletableFuture<Object> clean = new CompletableFuture<>();
      onEdtRun(
          () ->
              dialog.addPropertyChangeListener(
                  ReviewDialog.CAPTION_CHECKED,
                  e -> {
                    if (((List<?>) e.getNewValue()).isEmpty()) {
                      clean.complete(e.getNewValue());
                    }
                  }));
      onEdtRun(() -> caption.setText("Classic tension pneumothorax"));
      clean.get(WAIT_S, TimeUnit.SECONDS);
      onEdtRun(() -> find(dialog, JCheckBox.class, "radshare.review.platform.MASTODON").doClick());
      assertThat(Edt.call(model::verdict)).isEqualTo(Verdict.PASS);
      assertThat(Edt.call(post::isEnabled)).isTrue();

      // Keep the unrecognised text: REVIEW, and Post waits for the explicit confirmation and
      // the justification the department asks for (12 characters, screened like a caption).
      click(robot, screenPoint(before, 65, 260));
      assertThat(Edt.call(model::verdict)).isEqualTo(Verdict.REVIEW);
      assertThat(Edt.call(post::isEnabled)).isFalse();
      onEdtRun(() -> find(dialog, JCheckBox.class, "radshare.review.confirm").doClick());
      assertThat(Edt.call(post::isEnabled)).isFalse();
      JLabel needed = find(dialog, JLabel.class, "radshare.review.justification.status");
      assertThat(Edt.call(needed::getText)).isEqualTo("12 more characters needed");
      JTextComponent why = find(dialog, JTextComponent.class, "radshare.review.justification");
      for (char c : "Seen by John Doe".toCharArray()) {
        onEdtRun(() -> why.replaceSelection(String.valueOf(c)));
      }
      awaitText(needed, "patient data");
      assertThat(Edt.call(post::isEnabled)).isFalse();
      onEdtRun(() -> why.setText("Smudge is a ruler artefact"));
      awaitText(needed, "complete");
      assertThat(Edt.call(post::isEnabled)).isTrue();

      // Post: the platform gets the redacted image and exactly the approved text.
      onEdtRun(post::doClick);
      FakeBackend.Posted sent = backend.posted.get(WAIT_S, TimeUnit.SECONDS);
      assertThat(sent.image().getRGB(60, 24) & 0xFFFFFF).as("name redacted").isZero();
      assertThat(sent.draft().text()).isEqualTo("Classic tension pneumothorax\n\n#radiology");
      assertThat(sent.draft().altText()).isEqualTo("Chest CT");
      assertThat(sent.draft().platforms()).containsExactly(Platform.MASTODON);
      assertThat(sent.justification().text()).isEqualTo("Smudge is a ruler artefact");
    } finally {
      onEdtRun(dialog::cancelAndDispose);
    }
  }

  /** A synthetic capture: dark image with a fake patient name, a side marker and a smudge. */
  static Path writeCapture() throws Exception {
    BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new java.awt.Color(40, 40, 40));
    g.fillOval(80, 50, 240, 200);
    g.setColor(java.awt.Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
    g.drawString("DOE^JOHN", 22, 34);
    g.drawString("L", 362, 162);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString("~~~~~~", 24, 265);
    g.dispose();
    Path dir = Files.createDirectories(Path.of("target", "test-captures"));
    Path png = dir.resolve("capture.png");
    ImageIO.write(img, "png", png.toFile());
    return png;
  }

  /**
   * Waits (bounded) until {@code label} shows {@code part}: results arrive off the event thread.
   */
  static void awaitText(JLabel label, String part) throws Exception {
    awaitProperty(label, "text", () -> label.getText().contains(part));
  }

  /**
   * Waits (bounded) until {@code holds} is true, checking it now and at each change of {@code c}'s
   * bound property {@code property}.
   */
  static void awaitProperty(Component c, String property, BooleanSupplier holds) throws Exception {
    CompletableFuture<Void> shown = new CompletableFuture<>();
    java.beans.PropertyChangeListener watch =
        e -> {
          if (holds.getAsBoolean()) {
            shown.complete(null);
          }
        };
    onEdtRun(
        () -> {
          c.addPropertyChangeListener(property, watch);
          if (holds.getAsBoolean()) {
            shown.complete(null);
          }
        });
    try {
      shown.get(WAIT_S, TimeUnit.SECONDS);
    } finally {
      onEdtRun(() -> c.removePropertyChangeListener(property, watch));
    }
  }

  /** The centre of {@code c} on screen. */
  static Point centre(Component c) throws Exception {
    return Edt.call(
        () -> {
          Point p = new Point(c.getWidth() / 2, c.getHeight() / 2);
          SwingUtilities.convertPointToScreen(p, c);
          return p;
        });
  }

  static Point screenPoint(RegionCanvas canvas, int x, int y) throws Exception {
    return Edt.call(
        () -> {
          Point p = canvas.toView(x, y);
          SwingUtilities.convertPointToScreen(p, canvas);
          return p;
        });
  }

  static void click(Robot robot, Point p) {
    robot.mouseMove(p.x, p.y);
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    robot.waitForIdle();
  }

  static void drag(Robot robot, Point from, Point to) {
    robot.mouseMove(from.x, from.y);
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    for (int i = 1; i <= 5; i++) {
      robot.mouseMove(from.x + (to.x - from.x) * i / 5, from.y + (to.y - from.y) * i / 5);
    }
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    robot.waitForIdle();
  }

  static <T extends Component> T find(Container root, Class<T> type, String name) {
    for (Component c : root.getComponents()) {
      if (type.isInstance(c) && name.equals(c.getName())) {
        return type.cast(c);
      }
      if (c instanceof Container child) {
        try {
          return find(child, type, name);
        } catch (AssertionError notHere) {
          // keep looking
        }
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " named " + name);
  }

  static void onEdtRun(Runnable run) throws Exception {
    SwingUtilities.invokeAndWait(run);
  }
}
