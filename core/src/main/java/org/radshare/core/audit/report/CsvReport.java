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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.radshare.core.audit.AuditTrail;
import org.radshare.core.audit.MediaRef;
import org.radshare.core.audit.Refusal;
import org.radshare.core.audit.ScreenedPost;
import org.radshare.core.audit.ShareEntry;
import org.radshare.core.audit.ShareOutcome;

/**
 * The compliance report as CSV (RFC 4180 quoting by Jackson's CSV writer, one row per attempt, ISO
 * 8601 UTC times) for spreadsheets. Cells a spreadsheet would run as a formula (a justification
 * starting with {@code =}) are prefixed with a quote. The last column says whether verification
 * vouches for the row.
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
          "resultAt",
          "gate",
          "refusal",
          "reasons",
          "justification",
          "text",
          "alt",
          "hashtags",
          "link",
          "contentWarning",
          "policy",
          "integrity");

  private CsvReport() {}

  public static void write(ComplianceReport report, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    // The caller owns the writer (it may be standard output): never close it.
    CsvMapper mapper = new CsvMapper();
    mapper.getFactory().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (SequenceWriter rows = mapper.writer(schema.build()).writeValues(out)) {
      for (AuditTrail.Row r : report.rows()) {
        List<String> cells = new ArrayList<>(row(r.entry()));
        cells.add(report.doubt(r).orElse("verified"));
        rows.write(cells.stream().map(CsvReport::defuse).toList());
      }
    }
  }

  private static List<String> row(ShareEntry e) {
    ShareOutcome o = e.outcome().orElse(null);
    List<String> cells = new ArrayList<>(base(e, o));
    ScreenedPost p = e.post();
    cells.addAll(
        List.of(
            e.refusal().map(Refusal::gate).orElse(""),
            e.refusal().map(Refusal::message).orElse(""),
            e.reasons().stream()
                .map(r -> r.code() + " [" + r.floor() + "]")
                .collect(Collectors.joining(";")),
            p.justification().orElse(""),
            p.text().orElse(""),
            String.join(" | ", p.altTexts()),
            String.join(" ", p.hashtags()),
            p.link().orElse(""),
            p.contentWarning().orElse(""),
            e.policyVersion()));
    return cells;
  }

  private static List<String> base(ShareEntry e, ShareOutcome o) {
    return List.of(
        e.at().toString(),
        e.intentId(),
        e.actor().osUser(),
        e.actor().viewerUser().orElse(""),
        e.platform(),
        e.account(),
        e.verdict(),
        new java.util.TreeMap<>(e.findingKinds())
            .entrySet().stream()
                .map(k -> k.getKey() + "=" + k.getValue())
                .collect(Collectors.joining(";")),
        e.overrides().stream()
            .map(v -> v.reasonCode() + " [" + v.overridden() + "]")
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
