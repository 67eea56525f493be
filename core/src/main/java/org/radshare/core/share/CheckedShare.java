/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.GreyWindow;
import org.radshare.core.pixel.TextRegion;

/**
 * The result of the checks: the report (verdict, reasons, regions found in the capture, caption
 * findings, residual text), the redacted image that would be posted — absent when the pixels could
 * not be checked, because an unchecked image never leaves — and the text regions still detected in
 * that redacted image (benign ones included), with the rectangles that were filled and, for grey
 * deeper than 8 bits, the window that brought it to the 8 bits checked and posted.
 */
public record CheckedShare(
    ScanReport report,
    Optional<BufferedImage> redacted,
    List<Box> filled,
    List<TextRegion> outputRegions,
    Optional<GreyWindow> window) {
  public CheckedShare {
    filled = List.copyOf(filled);
    outputRegions = List.copyOf(outputRegions);
  }

  /** A result for an image that needed no window (8-bit or colour). */
  public CheckedShare(
      ScanReport report,
      Optional<BufferedImage> redacted,
      List<Box> filled,
      List<TextRegion> outputRegions) {
    this(report, redacted, filled, outputRegions, Optional.empty());
  }

  /** This result with the window that brought deep grey pixels to 8 bits. */
  public CheckedShare withWindow(Optional<GreyWindow> applied) {
    return new CheckedShare(report, redacted, filled, outputRegions, applied);
  }
}
