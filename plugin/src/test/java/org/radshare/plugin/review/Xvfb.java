/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private X server for window tests, on a display number Xvfb picks itself (so parallel builds
 * never collide). Started with {@code -terminate}: it also ends when its last client disconnects.
 * Fails with a clear message when Xvfb is not installed.
 */
final class Xvfb implements AutoCloseable {

  private final Process process;
  private final String display;

  private Xvfb(Process process, String display) {
    this.process = process;
    this.display = display;
  }

  static Xvfb start() throws Exception {
    return start(1600, 1200);
  }

  /** A server whose only screen is {@code width}×{@code height} pixels. */
  static Xvfb start(int width, int height) throws Exception {
    Process p;
    try {
      p =
          new ProcessBuilder(
                  "Xvfb",
                  "-screen",
                  "0",
                  width + "x" + height + "x24",
                  "-nolisten",
                  "tcp",
                  "-displayfd",
                  "1",
                  "-terminate")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Xvfb is missing: install the Debian package 'xvfb' (.ci/install-test-deps-plugin.sh)",
          e);
    }
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
    String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(30, TimeUnit.SECONDS);
    if (line == null || !line.trim().matches("\\d+")) {
      p.destroy();
      throw new IllegalStateException("Xvfb did not start (it printed no display number)");
    }
    return new Xvfb(p, ":" + line.trim());
  }

  /** The value for DISPLAY, e.g. ":3". */
  String display() {
    return display;
  }

  private static String readLine(BufferedReader in) {
    try {
      return in.readLine();
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
