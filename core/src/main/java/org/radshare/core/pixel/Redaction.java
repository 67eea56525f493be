/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A redacted copy of an image and exactly which rectangles were filled (the region boxes grown by
 * the safety margin, clipped to the image).
 */
public record Redaction(BufferedImage image, List<Box> filled) {
  public Redaction {
    filled = List.copyOf(filled);
  }

  /** Filled pixels (overlaps counted once) as a share of the image area, 0–1. */
  public double filledFraction() {
    long total = (long) image.getWidth() * image.getHeight();
    return total == 0
        ? 0
        : (double) Redactor.coveredPixels(filled, image.getWidth(), image.getHeight()) / total;
  }
}
