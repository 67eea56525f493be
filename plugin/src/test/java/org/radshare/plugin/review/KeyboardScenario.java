/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.radshare.plugin.review.ReviewDialogScenario.find;
import static org.radshare.plugin.review.ReviewDialogScenario.onEdtRun;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.KeyboardFocusManager;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.radshare.core.connect.Platform;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Edt;
import org.radshare.plugin.post.ImageToPost;

/**
 * Shares without touching the mouse, in its own JVM on the Xvfb display {@link ReviewDialogIT}
 * starts, and counts the radiologist's actions: an action is one press of a key or button, or the
 * typing of one field's text (moving to that field with Tab included). A PASS share is Share →
 * caption → alt text → Post (4); a REVIEW share adds the one confirmation (5). On the way: only the
 * policy's platforms are listed, a platform nobody signed in to offers Sign in and keeps Post
 * disabled before it is pressed, the last platform used is ticked next time, Esc asks before
 * discarding typed text, and Cancel during a check keeps the window.
 */
public final class KeyboardScenario {

  private static final long WAIT_S = 60;

  /** A synthetic header: patient John Doe, a CT. */
  private static final String HEADER =
      "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"DOE^JOHN\"}]},"
          + "\"00100020\":{\"vr\":\"LO\",\"Value\":[\"8377162\"]},"
          + "\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]}}";

  private int actions;

  private KeyboardScenario() {}

  /** Runs the scenario; args[0] is where the screenshot goes, args[1] a scratch folder. */
  public static void main(String[] args) {
    try {
      SwingUtilities.invokeAndWait(FlatLightLaf::setup);
      new KeyboardScenario().run(Path.of(args[0]), Path.of(args[1]));
      System.out.println("SCENARIO OK");
      System.exit(0);
    } catch (Throwable t) {
      t.printStackTrace(System.out);
      System.exit(1);
    }
  }

  private void run(Path shot, Path scratch) throws Exception {
    Robot robot = new Robot();
    robot.setAutoDelay(15);
    BufferedImage capture = ImageIO.read(ReviewDialogScenario.writeCapture().toFile());
    ShareDefaults defaults = new ShareDefaults(List.of("radiology"), "", false, "");

    // PASS, posted to the department's outbox.
    OutboxBackend outbox = new OutboxBackend(scratch.resolve("dept"), true);
    actions = 0;
    ReviewDialog pass = open(robot, outbox, capture, defaults);
    assertThat(Edt.call(() -> offered(pass)))
        .as("only the policy's platforms")
        .containsExactly(Platform.MASTODON, Platform.OUTBOX);
    assertThat(
            Edt.call(
                () -> find(pass, JCheckBox.class, "radshare.review.platform.OUTBOX").isSelected()))
        .as("the one platform needing no sign-in is ticked")
        .isFalse();
    JButton signIn = find(pass, JButton.class, "radshare.review.signIn.MASTODON");
    assertThat(Edt.call(signIn::isShowing)).as("Sign in offered inline").isTrue();
    assertThat(
            Edt.call(() -> find(pass, JLabel.class, "radshare.review.account.MASTODON").getText()))
        .isEqualTo("not signed in");

    type(robot, "Classic tension pneumothorax");
    tab(robot);
    type(robot, "Chest CT axial");
    JButton post = find(pass, JButton.class, "radshare.review.post");
    // Nothing ticked yet (two platforms, nothing remembered): tick the outbox with the keyboard.
    focus(robot, pass, "radshare.review.platform.OUTBOX");
    key(robot, KeyEvent.VK_SPACE);
    awaitEnabled(post, true);
    // Mastodon too: nobody is signed in there, so Post waits and says why, before it is pressed.
    focus(robot, pass, "radshare.review.platform.MASTODON");
    key(robot, KeyEvent.VK_SPACE);
    awaitEnabled(post, false);
    assertThat(Edt.call(() -> find(pass, JLabel.class, "radshare.review.nextStep").getText()))
        .contains("Sign in to Mastodon");
    key(robot, KeyEvent.VK_SPACE);
    awaitEnabled(post, true);
    ScreenCheck.check(robot, pass, shot);
    ctrlEnter(robot);
    List<ImageToPost> sent = outbox.sent.get(WAIT_S, TimeUnit.SECONDS);
    assertThat(outbox.result.get(WAIT_S, TimeUnit.SECONDS)).hasSize(1);
    ReviewDialogScenario.awaitText(find(pass, JLabel.class, "radshare.review.status"), "Posted");
    assertThat(sent.get(0).altText()).isEqualTo("Chest CT axial");
    try (var files = Files.walk(outbox.outbox())) {
      String json =
          files
              .filter(p -> p.endsWith("post.json"))
              .findFirst()
              .map(
                  p -> {
                    try {
                      return Files.readString(p);
                    } catch (java.io.IOException e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .orElseThrow();
      assertThat(json).contains("Classic tension pneumothorax").contains("Chest CT axial");
    }
    System.out.println(
        "ACTIONS first PASS share (two platforms offered, none remembered): " + actions);
    onEdtRun(pass::dispose);

    // The next PASS share: the outbox is remembered, so it is Share, caption, alt text, Post.
    OutboxBackend again = new OutboxBackend(scratch.resolve("dept2"), true);
    actions = 0;
    ReviewDialog second = open(robot, again, capture, defaults);
    assertThat(
            Edt.call(
                () ->
                    find(second, JCheckBox.class, "radshare.review.platform.OUTBOX").isSelected()))
        .as("last used platform ticked")
        .isTrue();
    type(robot, "Classic tension pneumothorax");
    tab(robot);
    type(robot, "Chest CT axial");
    awaitEnabled(find(second, JButton.class, "radshare.review.post"), true);
    ctrlEnter(robot);
    assertThat(again.result.get(WAIT_S, TimeUnit.SECONDS)).hasSize(1);
    ReviewDialogScenario.awaitText(find(second, JLabel.class, "radshare.review.status"), "Posted");
    System.out.println("ACTIONS PASS share: " + actions);
    assertThat(actions).as("PASS share actions").isLessThanOrEqualTo(4);
    onEdtRun(second::dispose);

    // REVIEW: the one confirmation (Alt+H) names what was checked; then Post.
    FakeBackend review = new FakeBackend();
    review.verdict = Verdict.REVIEW;
    review.rules = new JustificationRules(true, 0, false, 0); // this department asks no reason
    review.reasons =
        List.of(new Reason("pixel.text-redacted", Verdict.REVIEW, "1 region(s) of text"));
    actions = 0;
    ReviewDialog third = open(robot, review, capture, defaults);
    type(robot, "Classic tension pneumothorax");
    tab(robot);
    type(robot, "Chest CT axial");
    JButton post3 = find(third, JButton.class, "radshare.review.post");
    assertThat(Edt.call(post3::isEnabled)).isFalse();
    JCheckBox confirm = find(third, JCheckBox.class, "radshare.review.confirm");
    assertThat(Edt.call(confirm::getText)).contains("the 2 flagged regions and the caption");
    altKey(robot, Edt.call(confirm::getMnemonic));
    assertThat(Edt.call(confirm::isSelected)).isTrue();
    awaitEnabled(post3, true);
    ctrlEnter(robot);
    FakeBackend.Posted posted = review.posted.get(WAIT_S, TimeUnit.SECONDS);
    assertThat(posted.draft().reviewConfirmed()).isTrue();
    assertThat(posted.draft().platforms()).containsExactly(Platform.OUTBOX);
    ReviewDialogScenario.awaitText(find(third, JLabel.class, "radshare.review.status"), "Posted");
    System.out.println("ACTIONS REVIEW share: " + actions);
    assertThat(actions).as("REVIEW share actions").isLessThanOrEqualTo(5);

    // Esc with typed text asks first; anything but Yes keeps the window.
    java.util.concurrent.CompletableFuture<Window> asked =
        new java.util.concurrent.CompletableFuture<>();
    java.awt.event.AWTEventListener opened =
        e -> {
          if (e.getID() == java.awt.event.WindowEvent.WINDOW_OPENED
              && e.getSource() instanceof Window w
              && "radshare.review.discard".equals(w.getName())) {
            asked.complete(w);
          }
        };
    java.awt.Toolkit.getDefaultToolkit()
        .addAWTEventListener(opened, java.awt.AWTEvent.WINDOW_EVENT_MASK);
    key(robot, KeyEvent.VK_ESCAPE);
    Window question = asked.get(WAIT_S, TimeUnit.SECONDS);
    if (Edt.call(question::isShowing)) {
      key(robot, KeyEvent.VK_ESCAPE);
    }
    awaitHidden(question);
    assertThat(Edt.call(third::isShowing)).as("the question kept the window").isTrue();
    java.awt.Toolkit.getDefaultToolkit().removeAWTEventListener(opened);
    onEdtRun(third::dispose);

    // Cancel during a check stops it and keeps the window.
    BlockingBackend slow = new BlockingBackend();
    ReviewDialog fourth =
        Edt.call(() -> new ReviewDialog(null, slow, capture, () -> "{}", defaults));
    onEdtRun(fourth::start);
    slow.started.get(WAIT_S, TimeUnit.SECONDS);
    robot.waitForIdle();
    key(robot, KeyEvent.VK_ESCAPE);
    slow.interrupted.get(WAIT_S, TimeUnit.SECONDS);
    robot.waitForIdle();
    assertThat(Edt.call(fourth::isShowing)).as("window kept after cancelling the check").isTrue();
    assertThat(Edt.call(() -> find(fourth, JLabel.class, "radshare.review.nextStep").getText()))
        .contains("cancelled");
    assertThat(Edt.call(() -> find(fourth, JButton.class, "radshare.review.post").isEnabled()))
        .isFalse();
    onEdtRun(fourth::dispose);
  }

  /** Share: the window opens, is checked, and the caption has the keyboard focus. */
  private ReviewDialog open(
      Robot robot, ReviewBackend backend, BufferedImage capture, ShareDefaults defaults)
      throws Exception {
    actions++;
    ReviewDialog dialog =
        Edt.call(() -> new ReviewDialog(null, backend, capture, () -> HEADER, defaults));
    onEdtRun(dialog::start);
    dialog.scanned().get(WAIT_S, TimeUnit.SECONDS);
    robot.waitForIdle();
    var caption = find(dialog, javax.swing.text.JTextComponent.class, "radshare.review.caption");
    for (int i = 0; i < 100 && !Edt.call(caption::isFocusOwner); i++) {
      robot.waitForIdle();
    }
    assertThat(Edt.call(caption::isFocusOwner)).as("caption focused on open").isTrue();
    return dialog;
  }

  private static List<Platform> offered(ReviewDialog d) {
    return java.util.Arrays.stream(Platform.values())
        .filter(
            p -> {
              try {
                return find(d, JCheckBox.class, "radshare.review.platform." + p.name()) != null;
              } catch (AssertionError missing) {
                return false;
              }
            })
        .toList();
  }

  /** Tabs to the named control (focus moves only by keyboard; Tab presses are not counted). */
  private void focus(Robot robot, Window w, String name) throws Exception {
    var target = find((java.awt.Container) w, java.awt.Component.class, name);
    for (int i = 0; i < 80; i++) {
      if (Edt.call(target::isFocusOwner)) {
        actions++;
        return;
      }
      robot.keyPress(KeyEvent.VK_TAB);
      robot.keyRelease(KeyEvent.VK_TAB);
      robot.waitForIdle();
    }
    throw new AssertionError(
        "Tab never reached "
            + name
            + "; focus is on "
            + Edt.call(
                () -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()));
  }

  /** Typing one field's text: one action. */
  private void type(Robot robot, String text) {
    actions++;
    for (char c : text.toCharArray()) {
      boolean upper = Character.isUpperCase(c);
      int code = KeyEvent.getExtendedKeyCodeForChar(Character.toLowerCase(c));
      if (upper) {
        robot.keyPress(KeyEvent.VK_SHIFT);
      }
      robot.keyPress(code);
      robot.keyRelease(code);
      if (upper) {
        robot.keyRelease(KeyEvent.VK_SHIFT);
      }
    }
    robot.waitForIdle();
  }

  /** Moving to the next field is part of filling it in: not counted. */
  private static void tab(Robot robot) {
    robot.keyPress(KeyEvent.VK_TAB);
    robot.keyRelease(KeyEvent.VK_TAB);
    robot.waitForIdle();
  }

  private void key(Robot robot, int code) {
    actions++;
    robot.keyPress(code);
    robot.keyRelease(code);
    robot.waitForIdle();
  }

  private void altKey(Robot robot, int code) {
    actions++;
    robot.keyPress(KeyEvent.VK_ALT);
    robot.keyPress(code);
    robot.keyRelease(code);
    robot.keyRelease(KeyEvent.VK_ALT);
    robot.waitForIdle();
  }

  private void ctrlEnter(Robot robot) {
    actions++;
    robot.keyPress(KeyEvent.VK_CONTROL);
    robot.keyPress(KeyEvent.VK_ENTER);
    robot.keyRelease(KeyEvent.VK_ENTER);
    robot.keyRelease(KeyEvent.VK_CONTROL);
    robot.waitForIdle();
  }

  private static void awaitEnabled(JButton b, boolean enabled) throws Exception {
    ReviewDialogScenario.awaitProperty(b, "enabled", () -> b.isEnabled() == enabled);
  }

  private static void awaitHidden(Window w) throws Exception {
    Robot idle = new Robot();
    for (int i = 0; i < 500 && Edt.call(w::isShowing); i++) {
      idle.waitForIdle();
    }
    assertThat(Edt.call(w::isShowing)).isFalse();
  }

  /** A backend whose check runs until it is interrupted (the radiologist cancels it). */
  private static final class BlockingBackend implements ReviewBackend {
    final java.util.concurrent.CompletableFuture<Void> started =
        new java.util.concurrent.CompletableFuture<>();
    final java.util.concurrent.CompletableFuture<Void> interrupted =
        new java.util.concurrent.CompletableFuture<>();

    @Override
    public org.radshare.core.share.ScanReport scan(
        BufferedImage image, String dicomJson, String caption) throws InterruptedException {
      started.complete(null);
      try {
        new java.util.concurrent.CountDownLatch(1).await();
      } finally {
        interrupted.complete(null);
      }
      throw new IllegalStateException("unreachable");
    }

    @Override
    public List<org.radshare.core.caption.CaptionFinding> scanCaption(String h, String c) {
      return List.of();
    }

    @Override
    public BufferedImage redact(BufferedImage image, List<org.radshare.core.pixel.Box> boxes) {
      return image;
    }

    @Override
    public List<String> post(BufferedImage image, String h, org.radshare.core.review.ShareDraft d) {
      throw new IllegalStateException("not posted");
    }
  }
}
