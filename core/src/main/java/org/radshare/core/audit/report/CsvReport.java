/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.radshare.core.audit.MediaRef;
import org.radshare.core.audit.ShareEntry;
import org.radshare.core.audit.ShareOutcome;

/**
 * The compliance report as CSV (RFC 4180, one row per share) for spreadsheets. Cells a spreadsheet
 * would run as a formula (a justification starting with {@code =}) are prefixed with a quote.
 */
public final class CsvReport {

  static final List<String> COLUMNS =
      List.of(
          "at",
          "intent",
          "osUser",
          "viewerUser",
          "platform",
          "account",
          "verdict",
          "findings",
          "overrides",
          "media",
          "study",
          "patient",
          "status",
          "postId",
          "url",
          "error",
          "resultAt");

  private CsvReport() {}

  public static void write(ComplianceReport report, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    try (SequenceWriter rows = new CsvMapper().writer(schema.build()).writeValues(out)) {
      for (ShareEntry e : report.shares()) {
        rows.write(row(e).stream().map(CsvReport::defuse).toList());
      }
    }
  }

  private static List<String> row(ShareEntry e) {
    ShareOutcome o = e.outcome().orElse(null);
    return List.of(
        e.at().toString(),
        e.intentId(),
        e.actor().osUser(),
        e.actor().viewerUser().orElse(""),
        e.platform(),
        e.account(),
        e.verdict(),
        e.findingKinds().entrySet().stream()
            .map(k -> k.getKey() + "=" + k.getValue())
            .collect(Collectors.joining(";")),
        e.overrides().stream()
            .map(v -> v.reasonCode() + " [" + v.overridden() + "]: " + v.justification())
            .collect(Collectors.joining(" | ")),
        e.media().stream().map(MediaRef::sha256).collect(Collectors.joining(";")),
        e.studyRef(),
        e.patientRef(),
        e.status(),
        o instanceof ShareOutcome.Posted p ? p.postId() : "",
        o instanceof ShareOutcome.Posted p ? p.publicUrl() : "",
        o instanceof ShareOutcome.Failed f ? f.reason() : "",
        e.resultAt().map(Object::toString).orElse(""));
  }

  static String defuse(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
