/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.TextRegion;

/**
 * The result of the checks: the report (verdict, reasons, regions found in the capture, caption
 * findings, residual text), the redacted image that would be posted — absent when the pixels could
 * not be checked, because an unchecked image never leaves — and the text regions still detected in
 * that redacted image (benign ones included), with the rectangles that were filled.
 */
public record CheckedShare(
    ScanReport report,
    Optional<BufferedImage> redacted,
    List<Box> filled,
    List<TextRegion> outputRegions) {
  public CheckedShare {
    filled = List.copyOf(filled);
    outputRegions = List.copyOf(outputRegions);
  }
}
