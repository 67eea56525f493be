package org.radshare.core.pixel;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills rectangles with solid black on a fresh 8-bit RGB copy. Each box is grown by a margin that
 * scales with its height, so anti-aliased glyph edges and descenders outside the detected box go
 * too.
 */
final class Redactor {
  private Redactor() {}

  static int margin(Box box) {
    return Math.max(3, (box.height() + 2) / 3);
  }

  static Redaction fill(BufferedImage image, List<Box> boxes) {
    BufferedImage out = ImageNormalizer.normalize(image);
    List<Box> filled = new ArrayList<>();
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.BLACK);
      for (Box b : boxes) {
        Box grown = b.grow(margin(b), out.getWidth(), out.getHeight());
        if (grown.area() > 0) {
          g.fillRect(grown.x(), grown.y(), grown.width(), grown.height());
          filled.add(grown);
        }
      }
    } finally {
      g.dispose();
    }
    return new Redaction(out, filled);
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
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(starts[a], starts[b]));
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
