/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fills rectangles with solid black on a fresh copy of the image in its own sample model ({@link
 * PostableImage}): grey stays grey, a palette keeps its palette, and no pixel outside a box
 * changes. Each box is grown by a margin that scales with its height (more sideways, for italic
 * overhang), so anti-aliased edges, descenders and punctuation outside the detected box go too; and
 * the gap between two redacted pieces of one line is filled as well, so the words of a name never
 * leave a readable fragment between them.
 */
final class Redactor {
  private Redactor() {}

  private static final double BRIDGE = 2.0;
  private static final int MAX_BRIDGED = 2000;

  /** {@code box} grown by its safety margin and clipped to a {@code w}×{@code h} image. */
  static Box grown(Box box, int w, int h) {
    int dx = Math.max(3, box.height() / 2);
    int dy = Math.max(3, (box.height() + 2) / 3);
    int x = Math.max(0, box.x() - dx);
    int y = Math.max(0, box.y() - dy);
    return new Box(
        x,
        y,
        Math.max(0, Math.min(w, box.right() + dx) - x),
        Math.max(0, Math.min(h, box.bottom() + dy) - y));
  }

  /**
   * The boxes plus the gaps between pieces of the same text line that sit close together, unless
   * kept text lies in the gap.
   */
  static List<Box> bridged(List<Box> boxes, List<Box> kept) {
    List<Box> out = new ArrayList<>(boxes);
    if (boxes.size() > MAX_BRIDGED) {
      return out;
    }
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        Box a = boxes.get(i);
        Box b = boxes.get(j);
        int hMin = Math.min(a.height(), b.height());
        int overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        Box left = a.x() <= b.x() ? a : b;
        Box right = left == a ? b : a;
        int gap = right.x() - left.right();
        if (overlap >= 0.5 * hMin && gap > 0 && gap <= BRIDGE * Math.max(a.height(), b.height())) {
          Box bridge = new Box(left.right(), Math.max(a.y(), b.y()), gap, overlap);
          if (kept.stream().noneMatch(bridge::intersects)) {
            out.add(bridge);
          }
        }
      }
    }
    return out;
  }

  static Redaction fill(BufferedImage image, List<Box> boxes) {
    return fill(image, boxes, List.of());
  }

  /**
   * Fills {@code boxes} with their margins, except that a margin stops where text that stays
   * ({@code kept}, e.g. a window/level line just below a name) begins: clipping a kept line would
   * leave fragments that the re-scan must then report as unknown text.
   */
  static Redaction fill(BufferedImage image, List<Box> boxes, List<Box> kept) {
    BufferedImage out = PostableImage.of(image).image();
    List<Box> filled = new ArrayList<>();
    int[] black = blackSamples(out);
    WritableRaster raster = out.getRaster();
    for (Box b : boxes) {
      Box grown = spare(b, grown(b, out.getWidth(), out.getHeight()), kept);
      if (grown.area() > 0) {
        fillBox(raster, grown, black);
        filled.add(grown);
      }
    }
    return new Redaction(out, filled);
  }

  /**
   * The samples of an opaque black pixel in {@code image}'s own sample model: 0 in every colour
   * band, the maximum in the alpha band, or the palette's black entry.
   */
  private static int[] blackSamples(BufferedImage image) {
    int bands = image.getRaster().getNumBands();
    int[] black = new int[bands];
    if (image.getColorModel() instanceof IndexColorModel icm) {
      black[0] = PostableImage.blackIndex(icm);
    } else if (image.getColorModel().hasAlpha()) {
      black[bands - 1] = (1 << image.getSampleModel().getSampleSize(bands - 1)) - 1;
    }
    return black;
  }

  private static void fillBox(WritableRaster raster, Box box, int[] black) {
    int[] row = new int[box.width()];
    for (int band = 0; band < black.length; band++) {
      Arrays.fill(row, black[band]);
      for (int y = box.y(); y < box.bottom(); y++) {
        raster.setSamples(box.x(), y, box.width(), 1, band, row);
      }
    }
  }

  /** {@code grown} trimmed back towards {@code core} wherever its margin reaches a kept box. */
  static Box spare(Box core, Box grown, List<Box> kept) {
    int x1 = grown.x();
    int y1 = grown.y();
    int x2 = grown.right();
    int y2 = grown.bottom();
    for (Box k : kept) {
      if (!k.intersects(grown) || k.intersects(core)) {
        continue;
      }
      if (k.y() >= core.bottom()) {
        y2 = Math.max(core.bottom(), Math.min(y2, k.y()));
      } else if (k.bottom() <= core.y()) {
        y1 = Math.min(core.y(), Math.max(y1, k.bottom()));
      } else if (k.x() >= core.right()) {
        x2 = Math.max(core.right(), Math.min(x2, k.x()));
      } else if (k.right() <= core.x()) {
        x1 = Math.min(core.x(), Math.max(x1, k.right()));
      }
    }
    return new Box(x1, y1, x2 - x1, y2 - y1);
  }

  /** Pixels covered by the union of {@code boxes}, each counted once. */
  static long coveredPixels(List<Box> boxes, int width, int height) {
    if (boxes.isEmpty()) {
      return 0;
    }
    long covered = 0;
    int[] starts = new int[boxes.size()];
    int[] ends = new int[boxes.size()];
    for (int y = 0; y < height; y++) {
      int n = 0;
      for (Box b : boxes) {
        if (y >= b.y() && y < b.bottom()) {
          starts[n] = b.x();
          ends[n] = b.right();
          n++;
        }
      }
      covered += rowUnion(starts, ends, n);
    }
    return covered;
  }

  private static long rowUnion(int[] starts, int[] ends, int n) {
    if (n == 0) {
      return 0;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(starts[a], starts[b]));
    long total = 0;
    int reach = Integer.MIN_VALUE;
    for (int i : order) {
      int from = Math.max(reach, starts[i]);
      if (ends[i] > from) {
        total += ends[i] - from;
      }
      reach = Math.max(reach, ends[i]);
    }
    return total;
  }
}
