/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The reference AT Protocol server (@atproto/pds, pinned in src/test/pds/package-lock.json) with an
 * in-memory PLC directory, started on loopback for one test class. Needs Node.js 20 on the PATH;
 * installs the pinned packages with {@code npm ci} on first use (or run .ci/start-pds.sh). Fails,
 * never skips, when it cannot start.
 */
final class LocalPds implements AutoCloseable {

  private static final Path DIR = Path.of("src/test/pds").toAbsolutePath();

  private final Process process;
  private final URI url;

  private LocalPds(Process process, URI url) {
    this.process = process;
    this.url = url;
  }

  URI url() {
    return url;
  }

  static LocalPds start(Path dataDir) throws Exception {
    requireTool("node", "--version");
    if (!Files.isDirectory(DIR.resolve("node_modules/@atproto/pds"))) {
      requireTool("npm", "--version");
      run(List.of("npm", "ci", "--no-audit", "--no-fund"), 20);
    }
    int plcPort = freePort();
    int pdsPort = freePort();
    Path log = Path.of("target/local-pds.log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    ProcessBuilder pb =
        new ProcessBuilder(
                "node",
                "launch.js",
                "" + plcPort,
                "" + pdsPort,
                dataDir.toAbsolutePath().toString())
            .directory(DIR.toFile())
            .redirectError(log.toFile());
    pb.environment().put("LOG_ENABLED", "false");
    Process p = pb.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> ready =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                String line;
                while ((line = out.readLine()) != null) {
                  if (line.startsWith("READY ")) {
                    return line.substring(6).trim();
                  }
                }
                return null;
              } catch (IOException e) {
                return null;
              }
            });
    String url;
    try {
      url = ready.get(180, TimeUnit.SECONDS);
    } catch (Exception e) {
      url = null;
    }
    if (url == null) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "The local PDS did not start; see " + log + " (needs Node 20 and npm ci in " + DIR + ")");
    }
    return new LocalPds(p, URI.create(url));
  }

  private static void requireTool(String tool, String arg) {
    try {
      Process p = new ProcessBuilder(tool, arg).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() != 0) {
        throw new IOException("exit " + p.exitValue());
      }
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(
          "The Bluesky PDS test needs `"
              + tool
              + "` (Debian package nodejs/npm, Node 20) on the PATH",
          e);
    }
  }

  private static void run(List<String> command, int minutes) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target/npm-ci.log").toAbsolutePath().toFile());
    // Compile better-sqlite3 against the installed Node headers instead of downloading them.
    if (Files.exists(Path.of("/usr/include/node/node_api.h"))) {
      pb.environment().putIfAbsent("npm_config_nodedir", "/usr");
    }
    Process p = pb.start();
    if (!p.waitFor(minutes, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " failed; see target/npm-ci.log");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws Exception {
    process.getOutputStream().close(); // the launcher exits when stdin closes
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
