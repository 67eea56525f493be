/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.io.PrintStream;
import java.util.List;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.ScanReport;

/** The scan report as a person reads it in a terminal: categories, never the values found. */
final class HumanReport {

  private HumanReport() {}

  static void print(ScanReport report, PrintStream out) {
    printVerdict(report.verdict(), report.reasons(), out);
    out.println("Text regions: " + report.regions().size());
    for (TextRegion r : report.regions()) {
      printRegion(r, "", out);
    }
    printCaption(report.captionFindings(), report.elapsedMillis(), out);
  }

  static void printVerdict(Verdict verdict, List<Reason> reasons, PrintStream out) {
    out.println("Verdict: " + verdict);
    for (Reason r : reasons) {
      out.println("  [" + r.floor() + "] " + r.message());
    }
  }

  /** One region line; {@code where} is empty for a still, the frame for a clip. */
  static void printRegion(TextRegion r, String where, PrintStream out) {
    out.printf(
        "  %-12s %s%4d,%4d %4dx%-4d %s%n",
        r.classification(),
        where.isEmpty() ? "" : String.format("%-9s ", where),
        r.box().x(),
        r.box().y(),
        r.box().width(),
        r.box().height(),
        r.matches().isEmpty() ? "" : String.join(",", r.matches()));
  }

  static void printCaption(List<CaptionFinding> findings, long elapsedMillis, PrintStream out) {
    if (!findings.isEmpty()) {
      out.println("Caption findings:");
      for (CaptionFinding f : findings) {
        out.printf("  %d..%d %s%n", f.start(), f.end(), f.category());
      }
    }
    out.println("Checked in " + elapsedMillis + " ms");
  }
}
