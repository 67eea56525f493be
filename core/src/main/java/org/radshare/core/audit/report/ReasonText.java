/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import java.util.Locale;
import java.util.Map;

/**
 * Sentences for the codes the audit trail records (reasons, finding kinds, refusal gates), so the
 * report reads as prose rather than as codes. Unknown codes are shown readably as themselves.
 */
final class ReasonText {

  private static final Map<String, String> TEXT =
      Map.ofEntries(
          Map.entry("caption.phi", "the caption contained an identifier"),
          Map.entry("pixel.final-phi", "identifying text was still readable in the final image"),
          Map.entry("pixel.phi-redacted", "identifying text in the image was blacked out"),
          Map.entry("pixel.text-redacted", "unrecognised text in the image was blacked out"),
          Map.entry("pixel.residual", "text was still detected after redaction"),
          Map.entry("header.burned-in-annotation", "the header declares burned-in annotation"),
          Map.entry("header.ultrasound", "ultrasound images often carry burned-in text"),
          Map.entry("header.missing", "no DICOM header was given"),
          Map.entry("post.too-many-images", "more images than a post takes"),
          Map.entry("verdict.BLOCK", "blocked by its findings"),
          Map.entry("policy.platform", "the policy does not allow this platform or account"),
          Map.entry("policy.gate", "a department policy rule (alt text, header) was not met"),
          Map.entry("review.unconfirmed", "the REVIEW verdict was not confirmed"),
          Map.entry("checks.could-not-run", "a required check could not run"),
          Map.entry("platform.rules", "the platform's own rules refused the post"),
          Map.entry("checks.stale", "the checked frames no longer match what was to be posted"),
          Map.entry("encode.metadata", "the encoded file carried more than pixels"),
          Map.entry("pixel.PHI", "identifying text regions in the image"),
          Map.entry("pixel.UNKNOWN_TEXT", "unrecognised text regions in the image"),
          Map.entry("pixel.BENIGN", "harmless text regions (e.g. orientation markers)"),
          Map.entry("residual", "text regions left after redaction"));

  private ReasonText() {}

  /** A sentence for {@code code}: known ones in words, others as "kind: detail". */
  static String of(String code) {
    String known = TEXT.get(code);
    if (known != null) {
      return known;
    }
    for (String prefix : new String[] {"reason.", "caption.", "pixel.match."}) {
      if (code.startsWith(prefix)) {
        String rest = code.substring(prefix.length());
        String inner = TEXT.get(rest);
        if (inner != null) {
          return inner;
        }
        String where =
            prefix.startsWith("caption")
                ? "in the caption: "
                : prefix.startsWith("pixel") ? "in the image: " : "";
        return where + words(rest);
      }
    }
    return words(code);
  }

  /** {@code PatientName} → "patient name", {@code pixel.phi-redacted} → "pixel phi redacted". */
  private static String words(String code) {
    return code.replaceAll("([a-z])([A-Z])", "$1 $2")
        .replace('.', ' ')
        .replace('-', ' ')
        .replace('_', ' ')
        .toLowerCase(Locale.ROOT);
  }
}
