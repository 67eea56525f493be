/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.radshare.core.audit.AuditTrail;
import org.radshare.core.audit.ShareEntry;

/**
 * The compliance report as one static HTML file: no server, no external assets (a Content Security
 * Policy forbids them). A summary page first (integrity in one line, figures, inline-SVG charts,
 * blocked attempts per user, overrides with their justification), then the table of attempts with
 * thumbnails of exactly what was posted embedded as {@code data:} URIs and rows in doubt marked
 * red, plain inline JavaScript for the user, platform and date filters, and print styles. Every
 * value is HTML-escaped.
 */
public final class HtmlReport {

  private static final String TEMPLATE = "report-template.html";

  private HtmlReport() {}

  public static void write(ComplianceReport report, Writer out) throws IOException {
    MediaEmbedder media = new MediaEmbedder(report.mediaDirectory());
    StringBuilder rows = new StringBuilder();
    for (AuditTrail.Row row : report.rows()) {
      rows.append(HtmlRows.row(row, report.doubt(row), media)).append('\n');
    }
    ReportSummary summary = ReportSummary.of(report);
    String notices =
        report.integrity().notices().isEmpty()
            ? ""
            : report.integrity().notices().stream()
                .map(n -> "<li>" + Html.escape(n) + "</li>")
                .collect(Collectors.joining("", "<ul>", "</ul>"));
    Map<String, String> values =
        Map.ofEntries(
            Map.entry("SUMMARY", HtmlSummary.html(report, summary)),
            Map.entry("LOG", Html.escape(String.join(", ", report.files()))),
            Map.entry("SINCE", Html.escape(report.since().toString())),
            Map.entry("GENERATED", Html.escape(report.generatedAt().toString())),
            Map.entry("INTEGRITY_CLASS", report.integrity().integrity().name()),
            Map.entry("INTEGRITY", Html.escape(report.integrity().summary())),
            Map.entry("NOTICES", notices),
            Map.entry("USER_OPTIONS", options(report, e -> e.actor().osUser())),
            Map.entry("PLATFORM_OPTIONS", options(report, ShareEntry::platform)),
            Map.entry("COUNT", String.valueOf(report.rows().size())),
            Map.entry("ROWS", rows.toString()));
    String html = template();
    for (Map.Entry<String, String> v : values.entrySet()) {
      html = html.replace("{{" + v.getKey() + "}}", v.getValue());
    }
    out.write(html);
  }

  private static String options(ComplianceReport report, Function<ShareEntry, String> key) {
    return report.shares().stream().map(key).collect(Collectors.toCollection(TreeSet::new)).stream()
        .map(v -> "<option value=\"" + Html.escape(v) + "\">" + Html.escape(v) + "</option>")
        .collect(Collectors.joining());
  }

  private static String template() throws IOException {
    try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IOException("the report template is missing from the core jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
