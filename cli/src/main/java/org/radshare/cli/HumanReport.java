package org.radshare.cli;

import java.io.PrintStream;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Reason;
import org.radshare.core.share.ScanReport;

/** The scan report as a person reads it in a terminal. */
final class HumanReport {

  private HumanReport() {}

  static void print(ScanReport report, PrintStream out) {
    out.println("Verdict: " + report.verdict());
    for (Reason r : report.reasons()) {
      out.println("  [" + r.floor() + "] " + r.message());
    }
    out.println("Text regions: " + report.regions().size());
    for (TextRegion r : report.regions()) {
      out.printf(
          "  %-12s %4d,%4d %4dx%-4d %s%n",
          r.classification(),
          r.box().x(),
          r.box().y(),
          r.box().width(),
          r.box().height(),
          r.matches().isEmpty() ? "" : String.join(",", r.matches()));
    }
    if (!report.captionFindings().isEmpty()) {
      out.println("Caption findings:");
      for (CaptionFinding f : report.captionFindings()) {
        out.printf("  %d..%d %s%n", f.start(), f.end(), f.category());
      }
    }
    out.println("Checked in " + report.elapsedMillis() + " ms");
  }
}
