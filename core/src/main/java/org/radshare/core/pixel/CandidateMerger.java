/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cleans up text-line candidates before OCR. Bright text also yields dark "candidates" made of the
 * gaps between its letters and lines (and the reverse); such a candidate is mostly ink by its own
 * polarity, which real text never is, so it is dropped, as is one inside a black redaction bar. A
 * candidate lying inside a larger one is dropped too: it would only cost a second OCR call for the
 * same pixels.
 */
final class CandidateMerger {
  private static final double INSIDE = 0.6;
  private static final double MAX_INK = 0.55;
  private static final double SOLID_BLACK = 0.97;

  /**
   * Beyond this many candidates the image is not a capture with overlays; skip the pairwise work.
   */
  private static final int MAX_PAIRWISE = 4000;

  private CandidateMerger() {}

  static List<TextLineGrouper.Line> merge(BufferedImage rgb, List<TextLineGrouper.Line> lines) {
    List<TextLineGrouper.Line> bySize = new ArrayList<>();
    for (TextLineGrouper.Line line : lines) {
      if (inkFraction(rgb, line) <= MAX_INK && !solidBlack(rgb, line.box())) {
        bySize.add(line);
      }
    }
    if (bySize.size() > MAX_PAIRWISE) {
      return bySize;
    }
    bySize.sort(Comparator.comparingLong((TextLineGrouper.Line l) -> l.box().area()).reversed());
    List<TextLineGrouper.Line> kept = new ArrayList<>();
    for (TextLineGrouper.Line line : bySize) {
      boolean inside = false;
      for (TextLineGrouper.Line k : kept) {
        if (k.box().intersection(line.box()).area() >= INSIDE * line.box().area()) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        kept.add(line);
      }
    }
    return kept;
  }

  /**
   * Whether the box is (nearly) all pure black: the inside of a redaction bar, whose thin ends the
   * stroke detector can take for a dark ridge. Text of any polarity puts other values in its box.
   */
  static boolean solidBlack(BufferedImage rgb, Box b) {
    if (b.area() == 0) {
      return true;
    }
    int[] argb = rgb.getRGB(b.x(), b.y(), b.width(), b.height(), null, 0, b.width());
    int black = 0;
    for (int p : argb) {
      if ((p & 0xFFFFFF) == 0) {
        black++;
      }
    }
    return black >= SOLID_BLACK * argb.length;
  }

  /**
   * The share of the candidate's box nearer the ink extreme than the background extreme, in the
   * channel the detector used for its polarity.
   */
  static double inkFraction(BufferedImage rgb, TextLineGrouper.Line line) {
    Box b = line.box();
    if (b.area() == 0) {
      return 0;
    }
    int[] argb = rgb.getRGB(b.x(), b.y(), b.width(), b.height(), null, 0, b.width());
    int min = 255;
    int max = 0;
    for (int i = 0; i < argb.length; i++) {
      int v = line.polarity().ink(argb[i]);
      argb[i] = v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    int mid = (min + max) / 2;
    int ink = 0;
    for (int v : argb) {
      if (v > mid) {
        ink++;
      }
    }
    return (double) ink / argb.length;
  }
}
