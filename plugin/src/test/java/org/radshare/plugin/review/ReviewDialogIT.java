package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The review window in a real X server: starts a private Xvfb and runs {@link ReviewDialogScenario}
 * in a JVM whose DISPLAY points at it (AWT reads DISPLAY once, from the process environment, so the
 * window cannot live in this JVM). The screenshots land in target/review-dialog.png (one capture)
 * and target/review-dialog-layout.png (two views of a layout) for a human to look at.
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

  /** Runs {@code scenario}'s main in a child JVM on a private Xvfb; its screenshot is NAME.png. */
  private static void runScenario(Class<?> scenario, String name) throws Exception {
    Path shot = Path.of("target", name + ".png").toAbsolutePath();
    Path log = Path.of("target", name + ".log").toAbsolutePath();
    Files.deleteIfExists(shot);
    try (Xvfb xvfb = Xvfb.start()) {
      ProcessBuilder child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Djava.awt.headless=false",
                  "-cp",
                  System.getProperty("java.class.path"),
                  scenario.getName(),
                  shot.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
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
