/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import org.radshare.core.cine.ClipReport;
import org.radshare.core.connect.PostResult;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.ClipOutcome;
import org.radshare.core.share.PublishOutcome;
import org.radshare.core.share.ScanReport;

/**
 * How {@code post} reports an outcome: one JSON object ({@code verdict}, {@code outcome}, {@code
 * message}; when posted {@code postId}, {@code url}, {@code mediaSha256} and, for images, {@code
 * imageSha256} of the first; for a clip {@code adjustments}) or the scan reports for a person, and
 * the exit status: 0 posted, 3 refused, 4 the platform failed.
 */
final class PostReport {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PostReport() {}

  static int stills(PublishOutcome outcome, boolean json, PrintStream out) {
    String kind =
        outcome instanceof PublishOutcome.Posted
            ? "POSTED"
            : outcome instanceof PublishOutcome.Refused ? "REFUSED" : "FAILED";
    if (json) {
      ObjectNode node = head(outcome.verdict(), kind, outcome.message());
      if (outcome instanceof PublishOutcome.Posted p) {
        posted(node, p.post(), p.mediaSha256());
        node.put("imageSha256", p.imageSha256());
      }
      out.println(node);
    } else {
      List<ScanReport> reports = outcome.reports();
      for (int i = 0; i < reports.size(); i++) {
        if (reports.size() > 1) {
          out.println("Image " + (i + 1) + ":");
        }
        HumanReport.print(reports.get(i), out);
      }
      out.println(kind + ": " + outcome.message());
    }
    return exit(kind);
  }

  static int clip(ClipOutcome outcome, boolean json, PrintStream out) {
    String kind =
        outcome instanceof ClipOutcome.Posted
            ? "POSTED"
            : outcome instanceof ClipOutcome.Refused ? "REFUSED" : "FAILED";
    ClipReport report = outcome.report();
    if (json) {
      ObjectNode node = head(report.verdict(), kind, outcome.message());
      ArrayNode adjustments = node.putArray("adjustments");
      outcome.adjustments().forEach(adjustments::add);
      if (outcome instanceof ClipOutcome.Posted p) {
        posted(node, p.post(), List.of(p.mediaSha256()));
      }
      out.println(node);
    } else {
      HumanReport.printVerdict(report.verdict(), report.reasons(), out);
      out.println(
          "Frames: "
              + report.coverage().size()
              + " ("
              + report.framesScanned()
              + " scanned; "
              + report.framesVerified()
              + " re-scanned after redaction); text regions: "
              + report.regions().size());
      HumanReport.printCaption(report.captionFindings(), report.elapsedMillis(), out);
      outcome.adjustments().forEach(a -> out.println("  " + a));
      out.println(kind + ": " + outcome.message());
    }
    return exit(kind);
  }

  private static ObjectNode head(Verdict verdict, String kind, String message) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("verdict", verdict.name());
    node.put("outcome", kind);
    node.put("message", message);
    return node;
  }

  private static void posted(ObjectNode node, PostResult post, List<String> hashes) {
    node.put("postId", post.id());
    node.put("url", post.publicUrl().toString());
    ArrayNode media = node.putArray("mediaSha256");
    hashes.forEach(media::add);
  }

  private static int exit(String kind) {
    return switch (kind) {
      case "POSTED" -> RadShareCommand.EXIT_OK;
      case "REFUSED" -> PostCommand.EXIT_REFUSED;
      default -> PostCommand.EXIT_PLATFORM_FAILED;
    };
  }
}
