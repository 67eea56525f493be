/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import java.util.Map;

/**
 * Small charts drawn as inline SVG (no script, no external asset, printable): posted against
 * stopped attempts per week, and attempts by outcome per platform or per user. Each chart carries
 * its figures as text too, so nothing is only in the picture.
 */
final class SvgCharts {

  static final String POSTED = "#2e7d32";
  static final String FAILED = "#ef6c00";
  static final String REFUSED = "#757575";
  static final String BLOCKED = "#c62828";

  private SvgCharts() {}

  /** Vertical bars per week: posted (green) beside refused + blocked (red). */
  static String perWeek(Map<String, ReportSummary.Counts> weeks) {
    int max =
        Math.max(
            1,
            weeks.values().stream()
                .mapToInt(c -> Math.max(c.posted(), c.stopped()))
                .max()
                .orElse(1));
    int group = 64;
    int height = 150;
    int plot = 100;
    int width = Math.max(220, 30 + group * weeks.size());
    StringBuilder svg = open(width, height, "Shares and refusals per week");
    int x = 30;
    for (Map.Entry<String, ReportSummary.Counts> w : weeks.entrySet()) {
      bar(svg, x, plot, 20, w.getValue().posted(), max, POSTED);
      bar(svg, x + 22, plot, 20, w.getValue().stopped(), max, BLOCKED);
      svg.append(text(x + 21, plot + 34, Html.escape(w.getKey()), "middle", 11));
      x += group;
    }
    svg.append("<line x1=\"26\" y1=\"")
        .append(plot + 20)
        .append("\" x2=\"")
        .append(width - 4)
        .append("\" y2=\"")
        .append(plot + 20)
        .append("\" stroke=\"#999\"/>");
    return svg.append("</svg>").toString();
  }

  /** One stacked horizontal bar per key: posted, failed, refused, blocked. */
  static String stacked(Map<String, ReportSummary.Counts> rows, String title) {
    int max =
        Math.max(
            1, rows.values().stream().mapToInt(ReportSummary.Counts::attempts).max().orElse(1));
    int rowHeight = 22;
    int label = 110;
    int barWidth = 220;
    int height = 8 + rowHeight * Math.max(1, rows.size());
    StringBuilder svg = open(label + barWidth + 50, height, title);
    int y = 4;
    for (Map.Entry<String, ReportSummary.Counts> r : rows.entrySet()) {
      ReportSummary.Counts c = r.getValue();
      svg.append(text(label - 6, y + 14, Html.escape(shorten(r.getKey())), "end", 12));
      int x = label;
      int[] values = {c.posted(), c.failed(), c.refused(), c.blocked(), c.other()};
      String[] colours = {POSTED, FAILED, REFUSED, BLOCKED, "#bdbdbd"};
      for (int i = 0; i < values.length; i++) {
        int w = Math.round((float) values[i] * barWidth / max);
        if (w > 0) {
          svg.append("<rect x=\"")
              .append(x)
              .append("\" y=\"")
              .append(y + 2)
              .append("\" width=\"")
              .append(w)
              .append("\" height=\"")
              .append(rowHeight - 6)
              .append("\" fill=\"")
              .append(colours[i])
              .append("\"/>");
          x += w;
        }
      }
      svg.append(text(x + 5, y + 14, String.valueOf(c.attempts()), "start", 12));
      y += rowHeight;
    }
    return svg.append("</svg>").toString();
  }

  /** The colour key shared by the charts. */
  static String legend() {
    return "<div class=\"legend\">"
        + key(POSTED, "posted")
        + key(FAILED, "failed at the platform")
        + key(REFUSED, "refused by a gate")
        + key(BLOCKED, "blocked by findings (per week: refused + blocked)")
        + "</div>";
  }

  private static String key(String colour, String what) {
    return "<span><i style=\"background:" + colour + "\"></i>" + what + "</span>";
  }

  private static StringBuilder open(int width, int height, String title) {
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" aria-label=\"")
        .append(Html.escape(title))
        .append("\"><title>")
        .append(Html.escape(title))
        .append("</title>");
  }

  private static void bar(
      StringBuilder svg, int x, int plot, int w, int value, int max, String colour) {
    int h = Math.round((float) value * plot / max);
    int top = plot + 20 - h;
    svg.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(top)
        .append("\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" fill=\"")
        .append(colour)
        .append("\"/>");
    svg.append(text(x + w / 2, top - 3, String.valueOf(value), "middle", 11));
  }

  private static String text(int x, int y, String content, String anchor, int size) {
    return "<text x=\""
        + x
        + "\" y=\""
        + y
        + "\" text-anchor=\""
        + anchor
        + "\" font-size=\""
        + size
        + "\" fill=\"#222\">"
        + content
        + "</text>";
  }

  private static String shorten(String s) {
    return s.length() > 16 ? s.substring(0, 15) + "…" : s;
  }
}
