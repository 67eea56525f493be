/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import java.util.stream.Collectors;

/**
 * The first page of the HTML report: the integrity verdict in one line, the figures (attempts,
 * posted, failed, refused, blocked, overridden, rows in doubt), the charts per week, platform and
 * user, and the overrides with their justification once each.
 */
final class HtmlSummary {

  private HtmlSummary() {}

  static String html(ComplianceReport report, ReportSummary s) {
    ReportSummary.Counts t = s.total();
    StringBuilder out = new StringBuilder("<section id=\"summary\">");
    out.append("<div class=\"figures\">")
        .append(figure("attempts", t.attempts(), "share attempts recorded"))
        .append(figure("posted", t.posted(), "posted"))
        .append(figure("failed", t.failed(), "failed at the platform"))
        .append(figure("refused", t.refused(), "refused by a policy gate"))
        .append(figure("blocked", t.blocked(), "blocked by findings"))
        .append(figure("overridden", s.overrides().size(), "posted with an override"))
        .append(figure("doubtful", s.doubtful(), "rows verification cannot vouch for"))
        .append("</div>");
    out.append("<div class=\"charts\">")
        .append(chart("Shares and refusals per week", SvgCharts.perWeek(s.perWeek())))
        .append(chart("Per platform", SvgCharts.stacked(s.perPlatform(), "Attempts per platform")))
        .append(chart("Per user", SvgCharts.stacked(s.perUser(), "Attempts per user")))
        .append("</div>")
        .append(SvgCharts.legend());
    out.append("<h2>Blocked and refused attempts per user</h2>");
    String stopped =
        s.perUser().entrySet().stream()
            .filter(e -> e.getValue().stopped() > 0)
            .map(
                e ->
                    "<li><b>"
                        + Html.escape(e.getKey())
                        + "</b>: "
                        + e.getValue().blocked()
                        + " blocked, "
                        + e.getValue().refused()
                        + " refused (of "
                        + e.getValue().attempts()
                        + " attempts)</li>")
            .collect(Collectors.joining());
    out.append(stopped.isEmpty() ? "<p>None.</p>" : "<ul id=\"stopped\">" + stopped + "</ul>");
    out.append("<h2>Overrides and justifications</h2>");
    if (s.overrides().isEmpty()) {
      out.append("<p>None.</p>");
    } else {
      out.append("<table id=\"overrides\"><thead><tr><th>When</th><th>Who</th>")
          .append("<th>What was overridden</th><th>Justification</th></tr></thead><tbody>");
      for (ReportSummary.Override o : s.overrides()) {
        out.append("<tr><td>")
            .append(Html.escape(o.at()))
            .append("</td><td>")
            .append(Html.escape(o.user()))
            .append("</td><td>")
            .append(Html.escape(String.join("; ", o.reasons())))
            .append("</td><td>“")
            .append(Html.escape(o.justification()))
            .append("”</td></tr>");
      }
      out.append("</tbody></table>");
    }
    return out.append("</section>").toString();
  }

  private static String figure(String id, int value, String what) {
    return "<div class=\"figure\" id=\"fig-"
        + id
        + "\"><b>"
        + value
        + "</b><span>"
        + Html.escape(what)
        + "</span></div>";
  }

  private static String chart(String title, String svg) {
    return "<figure><figcaption>" + Html.escape(title) + "</figcaption>" + svg + "</figure>";
  }
}
