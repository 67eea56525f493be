package org.radshare.plugin.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private X server for window tests. The build picks a free display number and passes it as
 * DISPLAY (AWT reads it once, at start-up); this starts Xvfb on it and waits until it accepts
 * clients. Fails with a clear message when Xvfb is not installed.
 *
 * <p>The server is started with {@code -terminate}: it exits by itself when its last client, this
 * JVM, disconnects. Killing it earlier would make AWT end the JVM on the lost connection.
 */
final class Xvfb {

  private Xvfb() {}

  static void start() throws Exception {
    String display = System.getenv("DISPLAY");
    if (display == null || !display.matches(":\\d+")) {
      throw new IllegalStateException(
          "DISPLAY is not set to a private display (run window tests with `mvn verify`: failsafe"
              + " sets it)");
    }
    Process p;
    try {
      p =
          new ProcessBuilder(
                  "Xvfb",
                  display,
                  "-screen",
                  "0",
                  "1600x1200x24",
                  "-nolisten",
                  "tcp",
                  "-displayfd",
                  "1")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Xvfb is missing: install the Debian package 'xvfb' (.ci/install-test-deps-plugin.sh)",
          e);
    }
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
    CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> readLine(out));
    String line = ready.get(30, TimeUnit.SECONDS);
    if (line == null || !display.equals(":" + line.trim())) {
      p.destroy();
      throw new IllegalStateException(
          "Xvfb did not start on " + display + " (display in use?); exit " + exitOf(p));
    }
  }

  private static String readLine(BufferedReader in) {
    try {
      return in.readLine();
    } catch (IOException e) {
      return null;
    }
  }

  private static String exitOf(Process p) {
    try {
      return p.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(p.exitValue()) : "running";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
