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
 * renders, the filters in the address work (an unknown value shows nothing), the summary's figures
 * match the log, rows verification cannot vouch for are marked, and screenshots land in target/.
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

  private void writeAttemptsReport(boolean tamper) throws Exception {
    Path attempts = Files.createDirectories(dir.resolve(tamper ? "tampered" : "clean"));
    Path log = AttemptFixtures.writeLog(attempts, tamper);
    html = attempts.resolve("report.html");
    try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      HtmlReport.write(
          ComplianceReport.build(log, Instant.EPOCH, Optional.empty(), Instant.now()), out);
    }
    expected = LogCounts.of(log);
  }

  LogCounts expected;

  private static String figure(String dom, String id) {
    Matcher m = Pattern.compile("id=\"fig-" + id + "\"><b>(\\d+)</b>").matcher(dom);
    assertThat(m.find()).as("figure %s", id).isTrue();
    return m.group(1);
  }

  @Test
  void theSummaryCountsEveryKindOfAttemptAsTheLogHoldsThem() throws Exception {
    writeAttemptsReport(false);
    String dom = dom("");
    assertThat(figure(dom, "attempts")).isEqualTo(String.valueOf(expected.attempts()));
    assertThat(figure(dom, "posted")).isEqualTo(String.valueOf(expected.posted()));
    assertThat(figure(dom, "failed")).isEqualTo(String.valueOf(expected.failed()));
    assertThat(figure(dom, "refused")).isEqualTo(String.valueOf(expected.refused()));
    assertThat(figure(dom, "blocked")).isEqualTo(String.valueOf(expected.blocked()));
    assertThat(figure(dom, "overridden")).isEqualTo(String.valueOf(expected.overridden()));
    assertThat(figure(dom, "doubtful")).isEqualTo("0");
    assertThat(expected.attempts()).isEqualTo(7);
    assertThat(dom)
        .contains("Integrity: INTACT")
        .contains("2026-W10")
        .contains("2026-W11")
        .contains("<svg")
        .contains("Checked every corner by hand; nothing identifying left")
        .contains("[withheld: identifier found: PatientName]")
        .contains("the policy does not allow this platform or account")
        .doesNotContain(AttemptFixtures.NAME);
    // The justification is shown once per attempt, not once per reason.
    assertThat(dom.split("Checked every corner by hand", -1)).hasSize(3); // summary + row
    assertThat(dom).contains("<b>bob</b>: 1 blocked, 1 refused (of 3 attempts)");
  }

  @Test
  void filtersFilterAndAnUnknownValueShowsNothing() throws Exception {
    writeAttemptsReport(false);
    assertThat(visibleUsers(dom(""))).hasSize(7);
    assertThat(visibleUsers(dom("#user=bob"))).containsExactly("bob", "bob", "bob");
    assertThat(visibleUsers(dom("#platform=x"))).containsExactly("bob", "carol", "bob", "alice");
    String nobody = dom("#user=mallory");
    assertThat(visibleUsers(nobody)).isEmpty();
    assertThat(nobody).contains("id=\"shown\">0<").contains("mallory (not in this log)");
    assertThat(visibleUsers(dom("#platform=tiktok"))).isEmpty();
    assertThat(visibleUsers(dom("#user=bob&platform=mastodon"))).isEmpty();
    assertThat(visibleUsers(dom("#from=2026-03-09&to=2026-03-11")))
        .containsExactly("bob", "carol", "bob");
  }

  @Test
  void aTamperedRowAndTheRowsAfterItAreMarkedRedWithWhy() throws Exception {
    writeAttemptsReport(true);
    String dom = dom("");
    assertThat(dom).contains("Integrity: TAMPERED");
    Matcher doubtful =
        Pattern.compile("<tr [^>]*data-user=\"(\\w+)\"[^>]*class=\"doubt\"").matcher(dom);
    List<String> marked = new ArrayList<>();
    while (doubtful.find()) {
      marked.add(doubtful.group(1));
    }
    assertThat(marked).containsExactly("carol", "bob", "alice");
    assertThat(dom)
        .contains("this record fails verification")
        .contains("unverifiable: it comes after");
    assertThat(figure(dom, "doubtful")).isEqualTo("3");
    Path shot = Path.of("target", "audit-report-tampered.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    chromium(
        "--screenshot=" + shot,
        "--hide-scrollbars",
        "--window-size=1400,2200",
        html.toUri().toString());
    assertThat(shot).exists();
  }

  @Test
  void printsToPdfWithTheSummaryOnAPageOfItsOwn() throws Exception {
    writeAttemptsReport(false);
    Path pdf = Path.of("target", "audit-report.pdf").toAbsolutePath();
    Files.createDirectories(pdf.getParent());
    Files.deleteIfExists(pdf);
    chromium("--print-to-pdf=" + pdf, "--no-pdf-header-footer", html.toUri().toString());
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
    int count = 0;
    while (pages.find()) {
      count++;
    }
    assertThat(count).as("the summary page, then the table").isGreaterThanOrEqualTo(2);
  }

  @Test
  void summaryScreenshotIsSavedUnderTarget() throws Exception {
    writeAttemptsReport(false);
    Path shot = Path.of("target", "audit-report-summary.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    chromium(
        "--screenshot=" + shot,
        "--hide-scrollbars",
        "--window-size=1100,820",
        html.toUri().toString());
    assertThat(javax.imageio.ImageIO.read(shot.toFile()).getWidth()).isEqualTo(1100);
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
