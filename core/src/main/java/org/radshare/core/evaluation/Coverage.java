/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import java.util.BitSet;
import java.util.List;
import org.radshare.core.pixel.Box;

/**
 * A pixel mask of an image, built from boxes, for measuring how much of the truth text a redaction
 * covered and how much it filled where there was no text.
 */
public final class Coverage {

  private final int width;
  private final int height;
  private final BitSet mask;

  private Coverage(int width, int height) {
    this.width = width;
    this.height = height;
    this.mask = new BitSet(width * height);
  }

  /** The union of {@code boxes}, clipped to the image. */
  public static Coverage of(int width, int height, List<Box> boxes) {
    Coverage c = new Coverage(width, height);
    for (Box b : boxes) {
      Box clipped = b.intersection(new Box(0, 0, width, height));
      for (int y = clipped.y(); y < clipped.bottom(); y++) {
        c.mask.set(y * width + clipped.x(), y * width + clipped.right());
      }
    }
    return c;
  }

  /** Fraction of {@code box} (clipped to the image) that this mask covers; 1 for an empty box. */
  public double fractionCovered(Box box) {
    Box clipped = box.intersection(new Box(0, 0, width, height));
    if (clipped.area() == 0) {
      return 1.0;
    }
    long covered = 0;
    for (int y = clipped.y(); y < clipped.bottom(); y++) {
      int row = y * width;
      covered += mask.get(row + clipped.x(), row + clipped.right()).cardinality();
    }
    return covered / (double) clipped.area();
  }

  /** Pixels covered by this mask. */
  public long area() {
    return mask.cardinality();
  }

  /** Pixels covered by this mask and not by {@code other}. */
  public long areaOutside(Coverage other) {
    BitSet outside = (BitSet) mask.clone();
    outside.andNot(other.mask);
    return outside.cardinality();
  }

  public long imageArea() {
    return (long) width * height;
  }
}
