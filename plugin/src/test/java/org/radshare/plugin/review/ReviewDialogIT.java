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
 * ReviewDialogScenario} (a still) or {@link ClipReviewScenario} (a clip) in a JVM whose DISPLAY
 * points at it (AWT reads DISPLAY once, from the process environment, so the window cannot live in
 * this JVM). The screenshots land in target/review-dialog.png and target/clip-review-dialog.png for
 * a human to look at.
 */
class ReviewDialogIT {

  @Test
  void reviewACaptureToggleARegionAddABoxAndSeeTheCaptionFlagged() throws Exception {
    Path shot = Path.of("target", "review-dialog.png").toAbsolutePath();
    runScenario(ReviewDialogScenario.class, "review-dialog.log", shot.toString());
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  @Test
  void reviewAClipScrubBoxARangeFlagTheCaptionConfirmAndPostToTheOutbox(@TempDir Path scratch)
      throws Exception {
    Path shot = Path.of("target", "clip-review-dialog.png").toAbsolutePath();
    runScenario(
        ClipReviewScenario.class, "clip-review-dialog.log", shot.toString(), scratch.toString());
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  /** Runs {@code scenario}'s main in a JVM on a private Xvfb display; its output goes to a log. */
  private static void runScenario(Class<?> scenario, String logName, String... args)
      throws Exception {
    Path log = Path.of("target", logName).toAbsolutePath();
    Files.deleteIfExists(Path.of(args[0]));
    try (Xvfb xvfb = Xvfb.start()) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Djava.awt.headless=false");
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(scenario.getName());
      command.addAll(List.of(args));
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
  }
}
