/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.atna;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real syslog-over-TLS receiver for tests: Debian's rsyslogd with imtcp and the gtls driver, on a
 * free loopback port, with a self-signed certificate made by the openssl command line, writing each
 * received message as one line to a file. It can be stopped and started again on the same port.
 */
final class RsyslogReceiver implements AutoCloseable {

  static final Path RSYSLOGD = Path.of("/usr/sbin/rsyslogd");
  static final Path GTLS_DRIVER = Path.of("/usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_gtls.so");

  final Path dir;
  final int port;
  final Path certificate;
  final Path received;
  private Process process;

  RsyslogReceiver(Path dir) throws Exception {
    assertThat(RSYSLOGD)
        .as("rsyslog is needed: apt-get install -y rsyslog rsyslog-gnutls")
        .isExecutable();
    assertThat(GTLS_DRIVER)
        .as("rsyslog's TLS driver is needed: apt-get install -y rsyslog-gnutls")
        .exists();
    this.dir = Files.createDirectories(dir);
    this.certificate = dir.resolve("cert.pem");
    this.received = dir.resolve("received.log");
    run(
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-keyout",
        dir.resolve("key.pem").toString(),
        "-out",
        certificate.toString(),
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=IP:127.0.0.1,DNS:localhost");
    try (ServerSocket probe = new ServerSocket(0)) {
      this.port = probe.getLocalPort();
    }
    Files.writeString(
        dir.resolve("rsyslog.conf"),
        String.join(
            "\n",
            "global(workDirectory=\"" + dir + "\" maxMessageSize=\"64k\"",
            "  DefaultNetstreamDriver=\"gtls\"",
            "  DefaultNetstreamDriverCAFile=\"" + certificate + "\"",
            "  DefaultNetstreamDriverCertFile=\"" + certificate + "\"",
            "  DefaultNetstreamDriverKeyFile=\"" + dir.resolve("key.pem") + "\")",
            "module(load=\"imtcp\" StreamDriver.Name=\"gtls\" StreamDriver.Mode=\"1\""
                + " StreamDriver.AuthMode=\"anon\")",
            "input(type=\"imtcp\" port=\"" + port + "\" address=\"127.0.0.1\")",
            "template(name=\"received\" type=\"string\" string=\"%msgid% %app-name% %msg%\\n\")",
            "action(type=\"omfile\" file=\"" + received + "\" template=\"received\")",
            ""));
  }

  /** Starts rsyslogd in the foreground as a child process. */
  void start() throws IOException {
    process =
        new ProcessBuilder(
                RSYSLOGD.toString(),
                "-n",
                "-f",
                dir.resolve("rsyslog.conf").toString(),
                "-i",
                dir.resolve("rsyslogd.pid").toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("rsyslogd.out").toFile()))
            .start();
  }

  /** Stops rsyslogd (SIGTERM) and waits for it to exit, so the port refuses connections. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** The messages received so far, one per line. */
  List<String> lines() throws IOException {
    return Files.exists(received) ? Files.readAllLines(received) : List.of();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("%s failed: %s", command[0], output).isZero();
  }
}
