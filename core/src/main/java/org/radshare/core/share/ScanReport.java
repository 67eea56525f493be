/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.util.List;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;

/**
 * Everything the checks found for one image and caption: the verdict with its reasons, the text
 * regions in the pixels (each classified), the caption findings and, after redaction, any text that
 * survived. The review dialog and {@code radshare scan --json} both render this.
 *
 * @param residual non-benign text still detected in the redacted image (keeps the verdict off PASS)
 */
public record ScanReport(
    Verdict verdict,
    List<Reason> reasons,
    List<TextRegion> regions,
    List<CaptionFinding> captionFindings,
    List<TextRegion> residual,
    long elapsedMillis) {

  public ScanReport {
    reasons = List.copyOf(reasons);
    regions = List.copyOf(regions);
    captionFindings = List.copyOf(captionFindings);
    residual = List.copyOf(residual);
  }
}
