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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review windows in a real X server: starts a private Xvfb and runs {@link
 * ReviewDialogScenario} (one capture), {@link LayoutReviewScenario} (two views of a layout) or
 * {@link ClipReviewScenario} (a clip) in a JVM whose DISPLAY points at it (AWT reads DISPLAY once,
 * from the process environment, so the window cannot live in this JVM). The screenshots land in
 * target/review-dialog.png, target/review-dialog-layout.png and target/clip-review-dialog.png for a
 * human to look at.
 */
class ReviewDialogIT {

  @Test
  void reviewACaptureToggleARegionAddABoxAndSeeTheCaptionFlagged() throws Exception {
    runScenario(ReviewDialogScenario.class, "review-dialog");
  }

  @Test
  void reviewTwoViewsOfALayoutSwitchImagesAndPostBothWithTheirAltText() throws Exception {
    runScenario(LayoutReviewScenario.class, "review-dialog-layout");
  }

  @Test
  void reviewAClipScrubBoxARangeFlagTheCaptionConfirmAndPostToTheOutbox(@TempDir Path scratch)
      throws Exception {
    runScenario(ClipReviewScenario.class, "clip-review-dialog", scratch.toString());
  }

  /**
   * Runs {@code scenario}'s main in a child JVM on a private Xvfb; its screenshot is NAME.png (the
   * first argument), {@code more} follow it.
   */
  private static void runScenario(Class<?> scenario, String name, String... more) throws Exception {
    Path shot = Path.of("target", name + ".png").toAbsolutePath();
    Path log = Path.of("target", name + ".log").toAbsolutePath();
    Files.deleteIfExists(shot);
    try (Xvfb xvfb = Xvfb.start()) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Djava.awt.headless=false");
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
