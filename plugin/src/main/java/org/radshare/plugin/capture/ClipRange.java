/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * Which frames of the current series a clip takes, in display order: the whole series, the current
 * frame ± N, or a start and end the radiologist marked; every {@code step}-th frame of that range.
 * Indices are 0-based positions in the series as the view sorts and filters it (Weasis's slider is
 * 1-based: add one).
 */
public sealed interface ClipRange {

  /** The 0-based frame indices, ascending, of a series of {@code seriesSize} frames. */
  default List<Integer> frames(int seriesSize, int step) {
    if (seriesSize <= 0) {
      return List.of();
    }
    if (step < 1) {
      throw new IllegalArgumentException("The frame step must be at least 1, was " + step + ".");
    }
    int[] span = span(seriesSize);
    List<Integer> out = new ArrayList<>();
    for (int i = span[0]; i <= span[1]; i += step) {
      out.add(i);
    }
    return out;
  }

  /** First and last index, clipped to the series. */
  int[] span(int seriesSize);

  /** Every frame of the series. */
  record Whole() implements ClipRange {
    @Override
    public int[] span(int seriesSize) {
      return new int[] {0, seriesSize - 1};
    }
  }

  /** The frame shown now and {@code radius} frames either side. */
  record AroundCurrent(int current, int radius) implements ClipRange {
    public AroundCurrent {
      if (radius < 0) {
        throw new IllegalArgumentException("The number of frames around must not be negative.");
      }
    }

    @Override
    public int[] span(int seriesSize) {
      int c = Math.max(0, Math.min(seriesSize - 1, current));
      return new int[] {Math.max(0, c - radius), Math.min(seriesSize - 1, c + radius)};
    }
  }

  /** From a marked start to a marked end (either order), both included. */
  record Marked(int start, int end) implements ClipRange {
    @Override
    public int[] span(int seriesSize) {
      int a = Math.max(0, Math.min(seriesSize - 1, Math.min(start, end)));
      int b = Math.max(0, Math.min(seriesSize - 1, Math.max(start, end)));
      return new int[] {a, b};
    }
  }
}
