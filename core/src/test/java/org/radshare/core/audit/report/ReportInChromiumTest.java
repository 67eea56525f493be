/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in real headless Chromium (Debian package {@code chromium}): the table
 * renders, the filters in the address work, and a screenshot lands in target/.
 */
class ReportInChromiumTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Pattern ROW = Pattern.compile("<tr ([^>]*data-user=[^>]*)>");

  @TempDir Path dir;
  Path html;

  @BeforeEach
  void writeReport() throws Exception {
    assertThat(CHROMIUM)
        .as("headless Chromium is needed for this test: apt-get install -y chromium")
        .isExecutable();
    Path log = ReportFixtures.writeLog(dir);
    html = dir.resolve("report.html");
    try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      HtmlReport.write(
          ComplianceReport.build(log, Instant.EPOCH, Optional.empty(), Instant.now()), out);
    }
  }

  private String chromium(String... extra) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=1400,900"));
    command.addAll(List.of(extra));
    Process p =
        new ProcessBuilder(command).redirectError(dir.resolve("chromium.err").toFile()).start();
    byte[] stdout = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue())
        .as("chromium exit status; see %s", dir.resolve("chromium.err"))
        .isZero();
    return new String(stdout, StandardCharsets.UTF_8);
  }

  private String dom(String fragment) throws Exception {
    return chromium("--dump-dom", html.toUri() + fragment);
  }

  private static List<String> visibleUsers(String dom) {
    List<String> users = new ArrayList<>();
    Matcher m = ROW.matcher(dom);
    while (m.find()) {
      if (!m.group(1).contains("hidden")) {
        Matcher user = Pattern.compile("data-user=\"([^\"]*)\"").matcher(m.group(1));
        users.add(user.find() ? user.group(1) : "?");
      }
    }
    return users;
  }

  @Test
  void tableRendersAndFiltersFromTheAddressWork() throws Exception {
    String all = dom("");
    assertThat(visibleUsers(all)).containsExactly("alice", "bob", "alice", "alice");
    assertThat(all).contains("id=\"shown\">4<").contains("Integrity: INTACT");

    assertThat(visibleUsers(dom("#user=alice"))).containsExactly("alice", "alice", "alice");
    String xOnly = dom("#platform=x");
    assertThat(visibleUsers(xOnly)).containsExactly("bob", "alice");
    assertThat(xOnly).contains("id=\"shown\">2<");
    assertThat(visibleUsers(dom("#user=alice&platform=mastodon&from=2026-03-02")))
        .containsExactly("alice");
  }

  @Test
  void screenshotIsSavedUnderTarget() throws Exception {
    Path shot = Path.of("target", "audit-report.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    chromium("--screenshot=" + shot, "--hide-scrollbars", html.toUri().toString());
    assertThat(shot).exists();
    assertThat(javax.imageio.ImageIO.read(shot.toFile()).getWidth()).isEqualTo(1400);
  }
}
