/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shape and texture tests that tell a glyph line from anatomy: ventricles, ribs, vessels and
 * ultrasound speckle can form a row of character-sized blobs, but they are not drawn with a pen.
 *
 * <p>Measured on the line's own pixels, in its polarity's ink: the line is binarised at its Otsu
 * threshold, then
 *
 * <ul>
 *   <li><b>stroke width</b>: each ink pixel's shorter run (across the stroke); text is drawn with
 *       one pen, so widths are consistent and thin against the text height;
 *   <li><b>edge sharpness</b>: how much of the ink/background contrast is crossed in one pixel at
 *       the stroke edges; rendered text steps, anatomy ramps;
 *   <li><b>baseline</b>: the bottoms of the line's tall components line up;
 *   <li><b>glyph count</b>: the number of such components.
 * </ul>
 *
 * A line is {@link Verdict#ANATOMY} when nothing is drawn in its area in its polarity at all, when
 * nearly all of its box is "ink" (the ground between two brighter lines), when its blobs stand in a
 * column rather than a row, or when several tests agree; anything in doubt is {@link
 * Verdict#TEXT_LIKE}, and {@link RegionClassifier} drops a line as anatomy only when OCR could not
 * read it confidently either, so readable text is never dropped here.
 */
final class TextLikeness {

  /** What the tests say about a line. */
  enum Verdict {
    TEXT_LIKE,
    ANATOMY
  }

  /**
   * The measured features of one line.
   *
   * @param strokeRatio median stroke width over line height
   * @param strokeSpread coefficient of variation of stroke widths
   * @param sharpness median share of the ink contrast crossed in one pixel at stroke edges
   * @param baseline spread of component bottoms over line height
   * @param components components at least half as tall as the line
   * @param contrast ink minus background, 0–255
   */
  record Features(
      double strokeRatio,
      double strokeSpread,
      double sharpness,
      double baseline,
      int components,
      double contrast) {

    /**
     * ANATOMY when the edges ramp (less than a third of the contrast crossed in one pixel) and a
     * second test agrees: edges that ramp further, strokes thick against the line, strokes of
     * uneven width, or tall components that do not share a baseline.
     */
    Verdict verdict() {
      if (components < 0) {
        return Verdict.ANATOMY;
      }
      if (components == 0 || sharpness >= 0.34) {
        return Verdict.TEXT_LIKE;
      }
      boolean second =
          sharpness < 0.22
              || strokeRatio > 0.34
              || strokeSpread > 0.75
              || (components >= 2 && baseline > 0.25);
      return second ? Verdict.ANATOMY : Verdict.TEXT_LIKE;
    }

    /**
     * Whether every test says text at once: crisp edges, thin strokes of one pen, at least three
     * glyphs on one baseline. Such a line is redacted even when OCR cannot read it (failing
     * closed); anatomy, which ramps or wanders, does not pass all four.
     */
    boolean stronglyText() {
      return components >= 3
          && sharpness >= CRISP
          && strokeRatio <= 0.34
          && strokeSpread <= 0.75
          && baseline <= 0.12;
    }
  }

  /** Share of the contrast crossed in one pixel at or above which edges are drawn, not grown. */
  private static final double CRISP = 0.5;

  /** Share of a line's own box above which its "ink" is the ground, not strokes. */
  private static final double GROUND = 0.8;

  /** Ink range at or below which nothing is drawn in a line's area. */
  private static final int FLAT = 8;

  private TextLikeness() {}

  /** The features of a glyph line of {@code rgb} (an {@link ImageNormalizer} image). */
  static Features measure(BufferedImage rgb, TextLineGrouper.Line line) {
    Box b = line.box();
    if (!line.vertical() && line.glyphs() >= 2 && 2 * b.width() < b.height()) {
      // Blobs stacked in a column narrower than half its height: characters of a row stand side
      // by side, so this is a vessel or an edge, not a word.
      return new Features(0, 0, 0, 0, -1, 0);
    }
    Features f = measure(rgb, line.box(), line.polarity());
    // A rotated line's letters stand on its side: there is no baseline to compare.
    return line.vertical()
        ? new Features(
            f.strokeRatio(), f.strokeSpread(), f.sharpness(), 0, f.components(), f.contrast())
        : f;
  }

  /** The features of {@code box} in {@code rgb}, in the ink of {@code polarity}. */
  static Features measure(BufferedImage rgb, Box box, Glyph.Polarity polarity) {
    int pad = Math.max(2, box.height() / 4);
    Box area = box.grow(pad, rgb.getWidth(), rgb.getHeight());
    int w = area.width();
    int h = area.height();
    int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    int stride = rgb.getWidth();
    int[] ink = new int[w * h];
    int[] histogram = new int[256];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = polarity.ink(pixels[(area.y() + y) * stride + area.x() + x]);
        ink[y * w + x] = v;
        histogram[v]++;
      }
    }
    int threshold = otsu(histogram, w * h);
    boolean[] on = new boolean[w * h];
    long inkSum = 0;
    long bgSum = 0;
    int inkCount = 0;
    for (int i = 0; i < on.length; i++) {
      on[i] = ink[i] > threshold;
      if (on[i]) {
        inkSum += ink[i];
        inkCount++;
      } else {
        bgSum += ink[i];
      }
    }
    int lowest = 255;
    int highest = 0;
    for (int v : ink) {
      lowest = Math.min(lowest, v);
      highest = Math.max(highest, v);
    }
    if (highest - lowest <= FLAT) {
      // Nothing is drawn here in this polarity (the dark gap between two bright text lines is a
      // "ridge" to the detector): no strokes, no text.
      return new Features(0, 0, 0, 0, -1, 0);
    }
    int inside = 0;
    for (int y = box.y() - area.y(); y < box.bottom() - area.y(); y++) {
      for (int x = box.x() - area.x(); x < box.right() - area.x(); x++) {
        inside += on[y * w + x] ? 1 : 0;
      }
    }
    if (inside > GROUND * box.area()) {
      // Nearly all of the line is "ink": it is the ground showing between brighter things (the
      // gap between two lines of overlay text), not strokes, which always leave counters and gaps.
      return new Features(0, 0, 0, 0, -1, 0);
    }
    if (inkCount == 0 || inkCount == on.length) {
      // Nothing to measure: no evidence against text.
      return new Features(0, 0, 1, 0, 0, 0);
    }
    double contrast = inkSum / (double) inkCount - bgSum / (double) (on.length - inkCount);
    int[] widths = widths(on, w, h);
    double[] parts = components(on, w, h, box.height());
    return new Features(
        median(widths) / box.height(),
        spread(widths),
        sharpness(ink, on, w, h, contrast),
        parts[1],
        (int) parts[0],
        contrast);
  }

  /** Otsu's threshold over a 256-bin histogram. */
  private static int otsu(int[] histogram, int total) {
    long sum = 0;
    for (int i = 0; i < 256; i++) {
      sum += (long) i * histogram[i];
    }
    long sumB = 0;
    int weightB = 0;
    double best = -1;
    int threshold = 0;
    for (int t = 0; t < 256; t++) {
      weightB += histogram[t];
      if (weightB == 0) {
        continue;
      }
      int weightF = total - weightB;
      if (weightF == 0) {
        break;
      }
      sumB += (long) t * histogram[t];
      double meanB = sumB / (double) weightB;
      double meanF = (sum - sumB) / (double) weightF;
      double between = (double) weightB * weightF * (meanB - meanF) * (meanB - meanF);
      if (between > best) {
        best = between;
        threshold = t;
      }
    }
    return threshold;
  }

  /** Each ink pixel's stroke width: the shorter of its horizontal and vertical runs. */
  private static int[] widths(boolean[] on, int w, int h) {
    int[] across = new int[w * h];
    int[] down = new int[w * h];
    for (int y = 0; y < h; y++) {
      int x = 0;
      while (x < w) {
        if (!on[y * w + x]) {
          x++;
          continue;
        }
        int end = x;
        while (end < w && on[y * w + end]) {
          end++;
        }
        Arrays.fill(across, y * w + x, y * w + end, end - x);
        x = end;
      }
    }
    for (int x = 0; x < w; x++) {
      int y = 0;
      while (y < h) {
        if (!on[y * w + x]) {
          y++;
          continue;
        }
        int end = y;
        while (end < h && on[end * w + x]) {
          end++;
        }
        for (int k = y; k < end; k++) {
          down[k * w + x] = end - y;
        }
        y = end;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < on.length; i++) {
      if (on[i]) {
        out.add(Math.min(across[i], down[i]));
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static double median(int[] widths) {
    int[] sorted = widths.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double spread(int[] widths) {
    double mean = Arrays.stream(widths).average().orElse(0);
    double var =
        Arrays.stream(widths).mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
    return mean == 0 ? 1 : Math.sqrt(var) / mean;
  }

  /**
   * The median, over ink pixels at a stroke edge, of the largest one-pixel step to a background
   * neighbour, as a share of the line's ink contrast.
   */
  private static double sharpness(int[] ink, boolean[] on, int w, int h, double contrast) {
    if (contrast <= 0) {
      return 0;
    }
    List<Double> steps = new ArrayList<>();
    int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (!on[y * w + x]) {
          continue;
        }
        int best = -1;
        for (int[] d : dirs) {
          int nx = x + d[0];
          int ny = y + d[1];
          if (nx >= 0 && ny >= 0 && nx < w && ny < h && !on[ny * w + nx]) {
            best = Math.max(best, ink[y * w + x] - ink[ny * w + nx]);
          }
        }
        if (best >= 0) {
          steps.add(best / contrast);
        }
      }
    }
    if (steps.isEmpty()) {
      return 0;
    }
    steps.sort(null);
    return steps.get(steps.size() / 2);
  }

  /** Tall components' count and the spread of their bottoms over the line height. */
  private static double[] components(boolean[] on, int w, int h, int lineHeight) {
    List<Components.Component> boxes = Components.label(on, w, h, new int[w * h]);
    int tallest = boxes.stream().mapToInt(Components.Component::height).max().orElse(0);
    List<Integer> bottoms = new ArrayList<>();
    for (Components.Component b : boxes) {
      if (b.height() >= tallest / 2.0) {
        bottoms.add(b.maxY());
      }
    }
    double mean = bottoms.stream().mapToInt(Integer::intValue).average().orElse(0);
    double var = bottoms.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
    return new double[] {bottoms.size(), Math.sqrt(var) / Math.max(1, lineHeight)};
  }
}
