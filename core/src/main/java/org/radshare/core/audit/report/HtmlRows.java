/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.radshare.core.audit.AuditTrail;
import org.radshare.core.audit.ReasonRef;
import org.radshare.core.audit.ScreenedPost;
import org.radshare.core.audit.ShareEntry;
import org.radshare.core.audit.ShareOutcome;

/**
 * One table row of the HTML report per attempt, with the data attributes the filters read. Rows
 * that verification puts in doubt are marked red with why.
 */
final class HtmlRows {

  private HtmlRows() {}

  static String row(AuditTrail.Row row, Optional<String> doubt, MediaEmbedder media) {
    ShareEntry e = row.entry();
    StringBuilder tr = new StringBuilder("<tr");
    attr(tr, "data-user", e.actor().osUser());
    attr(tr, "data-platform", e.platform());
    attr(tr, "data-date", e.at().atZone(ZoneOffset.UTC).toLocalDate().toString());
    attr(tr, "data-status", e.status());
    attr(tr, "data-intent", e.intentId());
    if (doubt.isPresent()) {
      attr(tr, "class", "doubt");
    }
    tr.append('>');
    cell(
        tr,
        Html.escape(e.at().toString().replace('T', ' '))
            + "<div class=\"ref\">seq "
            + e.intentSeq()
            + ", line "
            + row.line()
            + "</div>"
            + doubt.map(d -> "<div class=\"bad\">⚠ " + Html.escape(d) + "</div>").orElse(""));
    cell(
        tr,
        Html.escape(e.actor().osUser())
            + e.actor()
                .viewerUser()
                .map(u -> "<div>viewer: " + Html.escape(u) + "</div>")
                .orElse(""));
    cell(tr, Html.escape(e.platform()) + "<div>" + Html.escape(e.account()) + "</div>");
    cell(tr, result(e));
    cell(tr, verdict(e));
    cell(tr, words(e.post()));
    cell(
        tr,
        e.media().isEmpty()
            ? "<span class=\"ref\">nothing sent</span>"
            : e.media().stream().map(media::html).collect(Collectors.joining()));
    cell(
        tr,
        "<div class=\"ref\">study "
            + Html.escape(e.studyRef())
            + "</div><div class=\"ref\">patient "
            + Html.escape(e.patientRef())
            + "</div>"
            + (e.policyVersion().isEmpty()
                ? ""
                : "<div class=\"ref\">policy " + Html.escape(e.policyVersion()) + "</div>"));
    return tr.append("</tr>").toString();
  }

  private static String verdict(ShareEntry e) {
    StringBuilder out =
        new StringBuilder("<span class=\"verdict-")
            .append(Html.escape(e.verdict()))
            .append("\">")
            .append(Html.escape(e.verdict()))
            .append("</span>");
    List<ReasonRef> reasons = e.reasons();
    if (!reasons.isEmpty()) {
      out.append("<ul class=\"reasons\">");
      reasons.forEach(
          r ->
              out.append("<li>")
                  .append(Html.escape(ReasonText.of(r.code())))
                  .append(" <span class=\"ref\">(")
                  .append(r.floor())
                  .append(")</span></li>"));
      out.append("</ul>");
    }
    String findings =
        e.findingKinds().entrySet().stream()
            .filter(k -> !k.getKey().startsWith("reason."))
            .map(k -> Html.escape(ReasonText.of(k.getKey())) + " × " + k.getValue())
            .collect(Collectors.joining("; "));
    if (!findings.isEmpty()) {
      out.append("<div class=\"findings\">Found: ").append(findings).append("</div>");
    }
    if (!e.overrides().isEmpty()) {
      out.append("<div><b>Overridden</b> (")
          .append(e.overrides().size())
          .append("): “")
          .append(
              Html.escape(e.post().justification().orElse(e.overrides().get(0).justification())))
          .append("”</div>");
    }
    return out.toString();
  }

  private static String words(ScreenedPost p) {
    StringBuilder out = new StringBuilder();
    p.text()
        .ifPresent(t -> out.append("<div class=\"text\">").append(screened(t)).append("</div>"));
    for (int i = 0; i < p.altTexts().size(); i++) {
      out.append("<div><span class=\"ref\">alt ")
          .append(i + 1)
          .append(":</span> ")
          .append(screened(p.altTexts().get(i)))
          .append("</div>");
    }
    if (!p.hashtags().isEmpty()) {
      out.append("<div>")
          .append(p.hashtags().stream().map(HtmlRows::screened).collect(Collectors.joining(" ")))
          .append("</div>");
    }
    p.link()
        .ifPresent(
            l ->
                out.append("<div><span class=\"ref\">link:</span> ")
                    .append(screened(l))
                    .append("</div>"));
    p.contentWarning()
        .ifPresent(
            w ->
                out.append("<div><span class=\"ref\">CW:</span> ")
                    .append(screened(w))
                    .append("</div>"));
    return out.length() == 0 ? "<span class=\"ref\">not recorded</span>" : out.toString();
  }

  private static String screened(String value) {
    return value.startsWith(ScreenedPost.WITHHELD)
        ? "<span class=\"withheld\">" + Html.escape(value) + "</span>"
        : Html.escape(value);
  }

  private static String result(ShareEntry e) {
    String status = "<span class=\"status status-" + e.status() + "\">" + e.status() + "</span>";
    if (e.refusal().isPresent()) {
      return status
          + "<div>"
          + Html.escape(ReasonText.of(e.refusal().get().gate()))
          + "</div><div class=\"ref\">"
          + Html.escape(e.refusal().get().message())
          + "</div>";
    }
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
