/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.util.List;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;

/**
 * Everything the checks found for a clip: the verdict and reasons, the text regions found (each
 * once, with the first frame it was seen on), the caption findings, the text still detected after
 * redaction, and how every frame was covered before and after redaction.
 *
 * @param coverage how each original frame was checked
 * @param verifiedCoverage how each redacted frame was re-checked
 */
public record ClipReport(
    Verdict verdict,
    List<Reason> reasons,
    List<FrameRegion> regions,
    List<CaptionFinding> captionFindings,
    List<FrameRegion> residual,
    List<FrameCoverage> coverage,
    List<FrameCoverage> verifiedCoverage,
    long elapsedMillis) {

  public ClipReport {
    reasons = List.copyOf(reasons);
    regions = List.copyOf(regions);
    captionFindings = List.copyOf(captionFindings);
    residual = List.copyOf(residual);
    coverage = List.copyOf(coverage);
    verifiedCoverage = List.copyOf(verifiedCoverage);
  }

  /** Frames OCR-scanned themselves before redaction (the rest were identical to one of them). */
  public long framesScanned() {
    return FrameCoverage.scannedCount(coverage);
  }

  /** Redacted frames re-scanned themselves. */
  public long framesVerified() {
    return FrameCoverage.scannedCount(verifiedCoverage);
  }
}
