/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.radshare.core.audit.report.ComplianceReport;
import org.radshare.core.audit.report.CsvReport;
import org.radshare.core.audit.report.HtmlReport;
import org.radshare.core.audit.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code radshare audit report}: the compliance report as HTML, CSV or JSON. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the shares recorded since DATE, with the log's integrity verdict.",
      "HTML is one static file (no server, no external assets) with thumbnails of what was posted.",
      "Exit status: 0 written (whatever the integrity); 2 bad input; 1 internal error."
    })
final class AuditReportCommand implements Callable<Integer> {

  enum Format {
    html,
    csv,
    json
  }

  @Option(names = "--log", required = true, paramLabel = "FILE", description = "The audit log.")
  Path log;

  @Option(
      names = "--since",
      required = true,
      paramLabel = "DATE",
      description = "2026-03-01 (UTC) or an instant.")
  String since;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Output file (default: standard output).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "html, csv or json (default: from --out, else html).")
  Format format;

  @Option(
      names = "--key",
      paramLabel = "PEM",
      description = "Department public key, to check signatures.")
  Path key;

  @Option(
      names = "--bom",
      description = "Start CSV with a UTF-8 byte order mark (for spreadsheets that need one).")
  boolean bom;

  @Override
  public Integer call() throws IOException, AuditCommand.BadInput {
    if (out != null && Files.isDirectory(out)) {
      throw new AuditCommand.BadInput(
          "--out " + out + " is a folder: give a file name, e.g. " + out.resolve("report.html"));
    }
    ComplianceReport report =
        ComplianceReport.build(
            AuditCommand.logSet(log),
            AuditCommand.since(since),
            AuditCommand.publicKey(key),
            Instant.now().truncatedTo(ChronoUnit.SECONDS));
    Format chosen = format != null ? format : fromExtension();
    if (out == null) {
      // Standard output must stay open after the report: the writers close what they are given.
      OutputStream shield =
          new FilterOutputStream(System.out) {
            @Override
            public void close() throws IOException {
              flush();
            }
          };
      Writer writer = new OutputStreamWriter(shield, StandardCharsets.UTF_8);
      write(chosen, report, writer);
      writer.flush();
    } else {
      try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        write(chosen, report, writer);
      } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
        System.err.println(
            "radshare: cannot write " + out + ": check the folder exists and is writable");
        return RadShareCommand.EXIT_BAD_INPUT;
      }
    }
    if (out != null) {
      System.err.println(
          "radshare: wrote "
              + report.shares().size()
              + " shares to "
              + out
              + " (integrity "
              + report.integrity().integrity()
              + ")");
    }
    return RadShareCommand.EXIT_OK;
  }

  private void write(Format format, ComplianceReport report, Writer writer) throws IOException {
    switch (format) {
      case html -> HtmlReport.write(report, writer);
      case csv -> {
        if (bom) {
          writer.write('\uFEFF');
        }
        CsvReport.write(report, writer);
      }
      case json -> JsonReport.write(report, writer);
    }
  }

  private Format fromExtension() {
    String name = out == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") ? Format.csv : name.endsWith(".json") ? Format.json : Format.html;
  }
}
