/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.AuditLog;

class ReportFormatsTest {

  @TempDir Path dir;

  private ComplianceReport report(Instant since) throws Exception {
    Path log = ReportFixtures.writeLog(dir);
    return ComplianceReport.build(
        log, since, Optional.empty(), Instant.parse("2026-04-01T00:00:00Z"));
  }

  @Test
  void jsonListsEveryShareWithItsOutcomeAndIntegrity() throws Exception {
    StringWriter out = new StringWriter();
    JsonReport.write(report(Instant.EPOCH), out);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.path("integrity").path("status").asText()).isEqualTo("INTACT");
    assertThat(root.path("shares")).hasSize(4);
    assertThat(root.path("shares").get(0).path("url").asText())
        .isEqualTo("https://mastodon.example/@rad/111");
    assertThat(root.path("shares").get(1).path("error").asText()).isEqualTo("HTTP 503");
    assertThat(root.path("shares").get(3).path("status").asText()).isEqualTo("PENDING");
  }

  @Test
  void csvHasAHeaderAndOneRowPerShareSince() throws Exception {
    StringWriter out = new StringWriter();
    CsvReport.write(report(Instant.parse("2026-03-02T00:00:00Z")), out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("at,intent,osUser,viewerUser,platform");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).contains("bob").contains("FAILED").contains("checked by hand");
  }

  @Test
  void csvDefusesSpreadsheetFormulas() {
    assertThat(CsvReport.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CsvReport.defuse("fine")).isEqualTo("fine");
  }

  @Test
  void htmlEscapesTextEmbedsImagesAndUsesNoExternalAssets() throws Exception {
    StringWriter out = new StringWriter();
    HtmlReport.write(report(Instant.EPOCH), out);
    String html = out.toString();
    assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)");
    assertThat(html).contains("src=\"data:image/png;base64,");
    assertThat(html)
        .doesNotContainPattern("(src|href)=\"(?!data:|https://mastodon.example/|https://x.com/)");
    assertThat(html).doesNotContain("{{");
  }

  @Test
  void alteredOrMissingMediaCopiesAreFlagged() throws Exception {
    ComplianceReport report = report(Instant.EPOCH);
    Path media = AuditLog.mediaDirectoryOf(dir.resolve("audit.jsonl"));
    List<Path> copies;
    try (var files = Files.list(media)) {
      copies = files.sorted().toList();
    }
    Files.write(copies.get(0), new byte[] {1, 2, 3});
    Files.delete(copies.get(1));
    StringWriter out = new StringWriter();
    HtmlReport.write(report, out);
    assertThat(out.toString()).contains("copy altered").contains("copy missing");
  }
}
