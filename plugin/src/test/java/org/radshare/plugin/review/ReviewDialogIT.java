package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The review window in a real X server: starts a private Xvfb and runs {@link ReviewDialogScenario}
 * in a JVM whose DISPLAY points at it (AWT reads DISPLAY once, from the process environment, so the
 * window cannot live in this JVM). The screenshot lands in target/review-dialog.png for a human to
 * look at.
 */
class ReviewDialogIT {

  @Test
  void reviewACaptureToggleARegionAddABoxAndSeeTheCaptionFlagged() throws Exception {
    Path shot = Path.of("target", "review-dialog.png").toAbsolutePath();
    Path log = Path.of("target", "review-dialog.log").toAbsolutePath();
    Files.deleteIfExists(shot);
    try (Xvfb xvfb = Xvfb.start()) {
      ProcessBuilder child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Djava.awt.headless=false",
                  "-cp",
                  System.getProperty("java.class.path"),
                  ReviewDialogScenario.class.getName(),
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
