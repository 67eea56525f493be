/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.radshare.core.audit.OverrideDecision;
import org.radshare.core.audit.ShareEntry;
import org.radshare.core.audit.ShareOutcome;

/** One table row of the HTML report per share, with the data attributes the filters read. */
final class HtmlRows {

  private HtmlRows() {}

  static String row(ShareEntry e, MediaEmbedder media) {
    StringBuilder tr = new StringBuilder("<tr");
    attr(tr, "data-user", e.actor().osUser());
    attr(tr, "data-platform", e.platform());
    attr(tr, "data-date", e.at().atZone(ZoneOffset.UTC).toLocalDate().toString());
    attr(tr, "data-intent", e.intentId());
    tr.append('>');
    cell(tr, Html.escape(e.at().toString()) + "<div class=\"ref\">seq " + e.intentSeq() + "</div>");
    cell(
        tr,
        Html.escape(e.actor().osUser())
            + e.actor()
                .viewerUser()
                .map(u -> "<div>viewer: " + Html.escape(u) + "</div>")
                .orElse(""));
    cell(tr, Html.escape(e.platform()) + "<div>" + Html.escape(e.account()) + "</div>");
    cell(
        tr,
        "<span class=\"verdict-"
            + Html.escape(e.verdict())
            + "\">"
            + Html.escape(e.verdict())
            + "</span>"
            + e.findingKinds().entrySet().stream()
                .map(k -> "<div>" + Html.escape(k.getKey()) + " × " + k.getValue() + "</div>")
                .collect(Collectors.joining()));
    cell(tr, e.overrides().isEmpty() ? "none" : overrides(e));
    cell(tr, e.media().stream().map(media::html).collect(Collectors.joining()));
    cell(tr, result(e));
    cell(
        tr,
        "<div class=\"ref\">study "
            + Html.escape(e.studyRef())
            + "</div><div class=\"ref\">patient "
            + Html.escape(e.patientRef())
            + "</div>");
    return tr.append("</tr>").toString();
  }

  private static String overrides(ShareEntry e) {
    return e.overrides().stream()
        .map(
            (OverrideDecision o) ->
                "<div><b>"
                    + Html.escape(o.reasonCode())
                    + "</b> ("
                    + o.overridden()
                    + "): “"
                    + Html.escape(o.justification())
                    + "”</div>")
        .collect(Collectors.joining());
  }

  private static String result(ShareEntry e) {
    String status = "<span class=\"status-" + e.status() + "\">" + e.status() + "</span>";
    ShareOutcome o = e.outcome().orElse(null);
    if (o instanceof ShareOutcome.Posted p) {
      String url = p.publicUrl();
      String link =
          url.startsWith("https://") || url.startsWith("http://") || url.startsWith("file:")
              ? "<a href=\"" + Html.escape(url) + "\">" + Html.escape(url) + "</a>"
              : Html.escape(url);
      return status + "<div>post " + Html.escape(p.postId()) + "</div><div>" + link + "</div>";
    }
    if (o instanceof ShareOutcome.Failed f) {
      return status + "<div>" + Html.escape(f.reason()) + "</div>";
    }
    return status
        + (e.outcome().isEmpty() ? "<div>no result recorded (in flight or interrupted)</div>" : "");
  }

  private static void cell(StringBuilder tr, String html) {
    tr.append("<td>").append(html).append("</td>");
  }

  private static void attr(StringBuilder tr, String name, String value) {
    tr.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
  }
}
