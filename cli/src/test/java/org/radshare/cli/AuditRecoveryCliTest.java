/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit commands as a person meets them after something went wrong: reports to standard output
 * exit 0, one stray blank line stops sharing with a reason and is repaired, a folder given as the
 * log is bad input with a one-line reason.
 */
class AuditRecoveryCliTest {

  @TempDir Path dir;

  /** {@code radshare post} of the CT fixture to the outbox, with the review confirmed. */
  private String[] post(String caption) {
    Path f = ScanContractTest.FIXTURES;
    List<String> args = new ArrayList<>(List.of("post", "--caption", caption, "--json"));
    args.addAll(List.of("--image", f.resolve("ct-001.png").toString()));
    args.addAll(List.of("--header", f.resolve("ct-001.header.json").toString()));
    args.addAll(List.of("--alt", "Axial CT of the abdomen", "--confirm-review"));
    args.addAll(List.of("--to", "outbox", "--outbox", dir.toString()));
    return args.toArray(String[]::new);
  }

  private Path log() {
    return dir.resolve("audit/audit.jsonl");
  }

  @Test
  void reportsToStandardOutputExitZeroAndParse() throws Exception {
    assertThat(CliRun.of(post("Hepatic cysts #FOAMrad")).exit()).isZero();
    assertThat(CliRun.of(post("Thanks to MÜLLER for the case")).exit())
        .isEqualTo(PostCommand.EXIT_REFUSED);
    String[] report = {"audit", "report", "--log", log().toString(), "--since", "2000-01-01"};

    CliRun csv = CliRun.of(concat(report, "--format", "csv"));
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(csv.err()).doesNotContain("internal error");
    assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("at,intent,osUser");
    com.fasterxml.jackson.dataformat.csv.CsvMapper csvMapper =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    csvMapper.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> rows =
        csvMapper.readerFor(String[].class).<String[]>readValues(csv.out()).readAll();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).hasSameSizeAs(rows.get(1)).hasSameSizeAs(rows.get(2));
    assertThat(rows.get(1)[0]).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    assertThat(csv.out())
        .contains("POSTED")
        .contains("BLOCKED")
        .doesNotContainIgnoringCase("müller");

    CliRun bom = CliRun.of(concat(report, "--format", "csv", "--bom"));
    assertThat(bom.exit()).isZero();
    assertThat(bom.out()).startsWith("\uFEFFat,intent");

    CliRun json = CliRun.of(concat(report, "--format", "json"));
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.path("shares")).hasSize(2);
    assertThat(root.path("shares").get(1).path("status").asText()).isEqualTo("BLOCKED");
    assertThat(root.path("shares").get(1).path("post").path("text").asText())
        .startsWith("[withheld: identifier found");
  }

  @Test
  void aStrayBlankLineStopsSharingWithAReasonUntilRepaired() throws Exception {
    assertThat(CliRun.of(post("Hepatic cysts #FOAMrad")).exit()).isZero();
    Files.writeString(log(), "\n", StandardOpenOption.APPEND);

    CliRun blocked = CliRun.of(post("Hepatic cysts again"));
    assertThat(blocked.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
    assertThat(blocked.err())
        .doesNotContain("internal error")
        .contains("ends with a blank line")
        .contains("radshare audit verify")
        .contains("audit repair")
        .contains("docs/compliance.md");
    assertThat(blocked.err().lines()).hasSize(1);

    CliRun verify = CliRun.of("audit", "verify", "--log", log().toString());
    assertThat(verify.exit()).isEqualTo(AuditCommand.EXIT_TAMPERED);
    assertThat(verify.out()).contains("blank line");

    CliRun repair = CliRun.of("audit", "repair", "--log", log().toString());
    assertThat(repair.exit()).as(repair.err()).isZero();
    assertThat(repair.out()).contains("sealed 1 damaged bytes");

    assertThat(CliRun.of(post("Hepatic cysts again")).exit()).isZero();
    CliRun after = CliRun.of("audit", "verify", "--log", log().toString());
    assertThat(after.exit()).isZero();
    assertThat(after.out()).contains("1 damaged span(s) sealed by repair").contains("audit repair");
    CliRun html =
        CliRun.of(
            "audit",
            "report",
            "--log",
            log().toString(),
            "--since",
            "2000-01-01",
            "--out",
            dir.resolve("r.html").toString());
    assertThat(html.exit()).isZero();
    assertThat(Files.readString(dir.resolve("r.html")))
        .contains("sealed by `radshare audit repair`");
  }

  @Test
  void aFolderAsTheLogIsBadInputWithAOneLineReason() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("logs"));
    for (String[] args :
        new String[][] {
          {"audit", "verify", "--log", folder.toString()},
          {"audit", "report", "--log", folder.toString(), "--since", "2000-01-01"},
          {"audit", "repair", "--log", folder.toString()}
        }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
      assertThat(run.err()).contains("is a folder").doesNotContain("internal error");
      assertThat(run.err().lines()).hasSize(1);
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
