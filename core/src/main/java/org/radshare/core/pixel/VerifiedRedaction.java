/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The outcome of redacting an image and scanning the result again.
 *
 * @param image the redacted image in the capture's own sample model ({@link PostableImage}), ready
 *     for metadata-free encoding
 * @param regions every text region found in the original, classified
 * @param filled the rectangles that were filled
 * @param residual non-benign text still detected in the redacted image; not empty means the
 *     redaction cannot be trusted and the verdict must stay off PASS
 */
public record VerifiedRedaction(
    BufferedImage image, List<TextRegion> regions, List<Box> filled, List<TextRegion> residual) {
  public VerifiedRedaction {
    regions = List.copyOf(regions);
    filled = List.copyOf(filled);
    residual = List.copyOf(residual);
  }

  /** True when the re-scan found no text that should have gone. */
  public boolean clean() {
    return residual.isEmpty();
  }
}
