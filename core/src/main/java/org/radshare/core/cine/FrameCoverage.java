/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.util.List;

/**
 * How one frame of a clip was checked. Checking every frame with full OCR would be slow, and most
 * frames of a scroll repeat the previous frame's overlay; but a frame that nobody looked at must
 * never be posted. So every frame is either scanned itself, or proven to carry text-like content
 * pixel-identical to a frame that was scanned.
 */
public sealed interface FrameCoverage {

  /** The frame this entry is about. */
  int frame();

  /** The frame's glyph lines were OCR-read (each identical line crop read once per clip). */
  record Scanned(int frame) implements FrameCoverage {}

  /**
   * The frame's text-like content (every glyph line's box and the pixels in and around it) is
   * identical, pixel for pixel, to that of {@code scannedFrame}, which was scanned.
   */
  record SameTextAs(int frame, int scannedFrame) implements FrameCoverage {}

  /**
   * Checks the invariant that no frame goes unchecked: entry {@code i} is about frame {@code i},
   * and every {@link SameTextAs} points to a frame that was {@link Scanned}.
   *
   * @throws IllegalStateException naming the first frame that is not covered
   */
  static void requireComplete(List<FrameCoverage> coverage, int frameCount) {
    if (coverage.size() != frameCount) {
      throw new IllegalStateException(
          "coverage lists " + coverage.size() + " frames of " + frameCount);
    }
    for (int i = 0; i < frameCount; i++) {
      FrameCoverage c = coverage.get(i);
      if (c.frame() != i) {
        throw new IllegalStateException("frame " + i + " has no coverage entry");
      }
      if (c instanceof SameTextAs same
          && (same.scannedFrame() < 0
              || same.scannedFrame() >= frameCount
              || !(coverage.get(same.scannedFrame()) instanceof Scanned))) {
        throw new IllegalStateException("frame " + i + " points to an unscanned frame");
      }
    }
  }

  /** How many frames were scanned themselves. */
  static long scannedCount(List<FrameCoverage> coverage) {
    return coverage.stream().filter(c -> c instanceof Scanned).count();
  }
}
