/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The review windows in a real X server, on a laptop screen (1366×768) and a common desktop one
 * (1920×1080): starts a private Xvfb of that size and runs {@link ReviewDialogScenario} (one
 * capture), {@link LayoutReviewScenario} (two views of a layout), {@link ClipReviewScenario} (a
 * clip) or {@link KeyboardScenario} (no mouse) in a JVM whose DISPLAY points at it (AWT reads
 * DISPLAY once, from the process environment, so the window cannot live in this JVM). Each scenario
 * checks that Post, Cancel and the verdict are on screen and that no two region markers overlap
 * ({@link ScreenCheck}); the whole-screen shots land in target/NAME-WxH.png for a human to look at.
 */
class ReviewDialogIT {

  @ParameterizedTest
  @CsvSource({"1366, 768", "1920, 1080"})
  void reviewACaptureToggleARegionAddABoxAndSeeTheCaptionFlagged(
      int width, int height, @TempDir Path prefs) throws Exception {
    runScenario(ReviewDialogScenario.class, "review-dialog", width, height, prefs);
  }

  @ParameterizedTest
  @CsvSource({"1366, 768", "1920, 1080"})
  void reviewTwoViewsOfALayoutSwitchImagesAndPostBothWithTheirAltText(
      int width, int height, @TempDir Path prefs) throws Exception {
    runScenario(LayoutReviewScenario.class, "review-dialog-layout", width, height, prefs);
  }

  @ParameterizedTest
  @CsvSource({"1366, 768", "1920, 1080"})
  void reviewAClipScrubBoxARangeFlagTheCaptionConfirmAndPostToTheOutbox(
      int width, int height, @TempDir Path scratch) throws Exception {
    runScenario(
        ClipReviewScenario.class,
        "clip-review-dialog",
        width,
        height,
        scratch.resolve("prefs"),
        scratch.toString());
  }

  @ParameterizedTest
  @CsvSource({"1366, 768"})
  void shareWithTheKeyboardOnlyCaptionAltTextAndPostToTheOutbox(
      int width, int height, @TempDir Path scratch) throws Exception {
    runScenario(
        KeyboardScenario.class,
        "review-keyboard",
        width,
        height,
        scratch.resolve("prefs"),
        scratch.toString());
  }

  /**
   * Runs {@code scenario}'s main in a child JVM on a private Xvfb of the given size; its screenshot
   * is NAME-WxH.png (the first argument), {@code more} follow it. The child keeps its preferences
   * (window sizes, last platforms) in {@code prefs}, not in the user's.
   */
  private static void runScenario(
      Class<?> scenario, String name, int width, int height, Path prefs, String... more)
      throws Exception {
    String size = width + "x" + height;
    Path shot = Path.of("target", name + "-" + size + ".png").toAbsolutePath();
    Path log = Path.of("target", name + "-" + size + ".log").toAbsolutePath();
    Files.deleteIfExists(shot);
    Files.createDirectories(prefs);
    try (Xvfb xvfb = Xvfb.start(width, height)) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Djava.awt.headless=false");
      command.add("-Djava.util.prefs.userRoot=" + prefs.toAbsolutePath());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(scenario.getName());
      command.add(shot.toString());
      command.addAll(List.of(more));
      ProcessBuilder child =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      child.environment().put("DISPLAY", xvfb.display());
      Process run = child.start();
      boolean ended = run.waitFor(3, TimeUnit.MINUTES);
      if (!ended) {
        run.destroyForcibly();
      }
      String output = Files.readString(log);
      assertThat(ended).as("the scenario finished; output:%n%s", output).isTrue();
      assertThat(run.exitValue()).as("scenario output:%n%s", output).isZero();
      assertThat(output).contains("SCENARIO OK");
    }
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }
}
