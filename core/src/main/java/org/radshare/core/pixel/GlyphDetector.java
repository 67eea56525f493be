/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds character-like blobs without any OCR, so text that Tesseract cannot read is still found.
 *
 * <p>A pixel is a stroke when it stands out by a fixed contrast from its neighbours on both sides
 * (a ridge, not an edge): brighter in its strongest colour channel (white, yellow, green or cyan
 * overlay text on dark) or darker in its weakest one (black or coloured ink on a light page).
 * Connected strokes become glyphs if they are sized and shaped like characters; solid blobs, thin
 * specks and anything taller than a caption line are dropped. The image is processed in overlapping
 * tiles, so time is linear in the pixel count and memory is bounded whatever the frame size.
 */
final class GlyphDetector {
  static final int MIN_HEIGHT = 4;
  static final int MAX_HEIGHT = 80;
  private static final int TILE = 1024;
  private static final int OVERLAP = MAX_HEIGHT + 16;
  private static final int REACH = 8;
  private static final int CONTRAST = 18;
  private static final int FLAT_CONTRAST = 3;
  private static final int FLAT_RANGE = 24;
  private static final int BLOCK = 32;
  private static final double NOISE_FACTOR = 3.0;

  private GlyphDetector() {}

  /** Every glyph in an image produced by {@link ImageNormalizer}. */
  static List<Glyph> detect(BufferedImage rgb) {
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    List<Glyph> glyphs = new ArrayList<>();
    if (w < MIN_HEIGHT || h < MIN_HEIGHT) {
      return glyphs;
    }
    int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    for (int ty = 0; ty < h; ty += TILE) {
      for (int tx = 0; tx < w; tx += TILE) {
        Tile tile = new Tile(tx, ty, Math.min(TILE, w - tx), Math.min(TILE, h - ty), w, h);
        detectInTile(pixels, w, tile, glyphs);
      }
    }
    return glyphs;
  }

  /** A tile's core (whose glyphs it reports) and its padded extent (which it reads). */
  private record Tile(int x, int y, int w, int h, int x0, int y0, int pw, int ph) {
    Tile(int x, int y, int w, int h, int imageW, int imageH) {
      this(
          x,
          y,
          w,
          h,
          Math.max(0, x - OVERLAP),
          Math.max(0, y - OVERLAP),
          Math.min(imageW, x + w + OVERLAP) - Math.max(0, x - OVERLAP),
          Math.min(imageH, y + h + OVERLAP) - Math.max(0, y - OVERLAP));
    }

    boolean owns(Box b) {
      int cx = b.x() + b.width() / 2;
      int cy = b.y() + b.height() / 2;
      return cx >= x && cx < x + w && cy >= y && cy < y + h;
    }
  }

  private static void detectInTile(int[] pixels, int stride, Tile t, List<Glyph> out) {
    int n = t.pw() * t.ph();
    // Each pixel's strongest and weakest channel, unpacked once for the three polarities.
    int[] high = new int[n];
    int[] low = new int[n];
    for (int y = 0; y < t.ph(); y++) {
      int src = (t.y0() + y) * stride + t.x0();
      for (int x = 0, i = y * t.pw(); x < t.pw(); x++, i++) {
        int rgb = pixels[src + x];
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        high[i] = Math.max(r, Math.max(g, b));
        low[i] = Math.min(r, Math.min(g, b));
      }
    }
    int[] ink = new int[n];
    for (Glyph.Polarity polarity : Glyph.Polarity.values()) {
      int strongest = 0;
      for (int i = 0; i < n; i++) {
        // The same values as Glyph.Polarity#ink, from the unpacked channels.
        int v =
            switch (polarity) {
              case BRIGHT -> high[i];
              case DARK -> 255 - low[i];
              case COLOUR -> high[i] - low[i];
            };
        ink[i] = v;
        strongest = Math.max(strongest, v);
      }
      // Grey frames have no colour at all; skip the pass rather than threshold zeros.
      if (polarity != Glyph.Polarity.COLOUR || strongest > CONTRAST) {
        collect(threshold(ink, t.pw(), t.ph()), t, polarity, out);
      }
    }
  }

  /**
   * Stroke mask: pixels whose ink stands out by the block's contrast from the mean of the pixels on
   * BOTH sides of them, horizontally or vertically, within {@link #REACH}. A stroke is a ridge; the
   * edge of an organ, a banner or a redaction box is a step (lower on one side only) and is not
   * marked.
   */
  private static boolean[] threshold(int[] v, int w, int h) {
    int[] rows = new int[(w + 1) * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        rows[y * (w + 1) + x + 1] = rows[y * (w + 1) + x] + v[y * w + x];
      }
    }
    int[] cols = new int[w * (h + 1)];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        cols[(y + 1) * w + x] = cols[y * w + x] + v[y * w + x];
      }
    }
    int blocksX = (w + BLOCK - 1) / BLOCK;
    int[] contrast = blockContrast(v, w, h);
    boolean[] mask = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      int up = Math.max(0, y - REACH);
      int down = Math.min(h, y + REACH + 1);
      int blockRow = (y / BLOCK) * blocksX;
      for (int x = 0; x < w; x++) {
        int c = v[y * w + x];
        int k = contrast[blockRow + x / BLOCK];
        // Neighbours are never below zero, so ink at or under the contrast cannot stand out.
        if (c <= k) {
          continue;
        }
        int left = Math.max(0, x - REACH);
        int right = Math.min(w, x + REACH + 1);
        int r = y * (w + 1);
        boolean horizontal =
            x > 0
                && x < w - 1
                && stands(c, rows[r + x] - rows[r + left], x - left, k)
                && stands(c, rows[r + right] - rows[r + x + 1], right - x - 1, k);
        mask[y * w + x] =
            horizontal
                || (y > 0
                    && y < h - 1
                    && stands(c, cols[y * w + x] - cols[up * w + x], y - up, k)
                    && stands(c, cols[down * w + x] - cols[(y + 1) * w + x], down - y - 1, k));
      }
    }
    return mask;
  }

  private static boolean stands(int value, int sideSum, int sideCount, int contrast) {
    return value * sideCount - sideSum > contrast * sideCount;
  }

  /**
   * The contrast a stroke needs in each {@link #BLOCK}-pixel square: the fixed minimum (much lower
   * on a flat background, where even faint text is the only ridge), raised to {@link #NOISE_FACTOR}
   * times the noise of the block and its neighbours so CT/MR grain and ultrasound speckle stay
   * below it. Noise is the median absolute difference of horizontal neighbours, which text (a
   * minority of any block's pixels) barely moves.
   */
  private static int[] blockContrast(int[] v, int w, int h) {
    int blocksX = (w + BLOCK - 1) / BLOCK;
    int blocksY = (h + BLOCK - 1) / BLOCK;
    int[] out = new int[blocksX * blocksY];
    int[] floor = new int[blocksX * blocksY];
    int[] histogram = new int[256];
    for (int by = 0; by < blocksY; by++) {
      for (int bx = 0; bx < blocksX; bx++) {
        java.util.Arrays.fill(histogram, 0);
        int count = 0;
        int min = 255;
        int max = 0;
        for (int y = by * BLOCK; y < Math.min(h, (by + 1) * BLOCK); y++) {
          for (int x = bx * BLOCK + 1; x < Math.min(w, (bx + 1) * BLOCK); x++) {
            histogram[Math.abs(v[y * w + x] - v[y * w + x - 1])]++;
            count++;
            min = Math.min(min, v[y * w + x]);
            max = Math.max(max, v[y * w + x]);
          }
        }
        // A flat background holding nothing but faint strokes: any clean ridge there is text.
        floor[by * blocksX + bx] = max - min <= FLAT_RANGE ? FLAT_CONTRAST : CONTRAST;
        int median = 0;
        for (int seen = 0; median < 255 && seen + histogram[median] <= count / 2; median++) {
          seen += histogram[median];
        }
        out[by * blocksX + bx] = (int) Math.round(NOISE_FACTOR * median);
      }
    }
    // A block half inside an ultrasound sector or a body outline measures too little noise; its
    // noisy neighbours set the bar.
    int[] spread = new int[out.length];
    for (int by = 0; by < blocksY; by++) {
      for (int bx = 0; bx < blocksX; bx++) {
        int k = 0;
        for (int ny = Math.max(0, by - 1); ny <= Math.min(blocksY - 1, by + 1); ny++) {
          for (int nx = Math.max(0, bx - 1); nx <= Math.min(blocksX - 1, bx + 1); nx++) {
            k = Math.max(k, out[ny * blocksX + nx]);
          }
        }
        spread[by * blocksX + bx] = Math.max(k, floor[by * blocksX + bx]);
      }
    }
    return spread;
  }

  /** Labels 8-connected components of the mask and keeps the character-like ones. */
  private static void collect(boolean[] mask, Tile t, Glyph.Polarity polarity, List<Glyph> out) {
    int w = t.pw();
    int[] label = new int[w * t.ph()];
    for (Components.Component c : Components.label(mask, w, t.ph(), label)) {
      int bw = c.width();
      int bh = c.height();
      if (!characterLike(bw, bh, c.pixels())) {
        continue;
      }
      Box box = new Box(t.x0() + c.minX(), t.y0() + c.minY(), bw, bh);
      if (t.owns(box)) {
        int runs = runsOnRow(label, c.id(), w, c.minY() + bh / 2, c.minX(), c.maxX());
        out.add(new Glyph(box, polarity, c.pixels(), runs));
      }
    }
  }

  static boolean characterLike(int w, int h, int pixels) {
    if (h < MIN_HEIGHT || h > MAX_HEIGHT || pixels < 5) {
      return false;
    }
    if (w > 20 * h || w > 8 * MAX_HEIGHT) {
      return false;
    }
    double fill = (double) pixels / ((long) w * h);
    // A filled bar is a redaction box or a marker; strokes leave holes. Bold letters and small
    // bold words come close, and a lone round vessel never makes a text line on its own.
    return !(fill > 0.9 && Math.min(w, h) > 4);
  }

  private static int runsOnRow(int[] label, int id, int w, int y, int minX, int maxX) {
    int runs = 0;
    boolean in = false;
    for (int x = minX; x <= maxX; x++) {
      boolean on = label[y * w + x] == id;
      if (on && !in) {
        runs++;
      }
      in = on;
    }
    return runs;
  }
}
