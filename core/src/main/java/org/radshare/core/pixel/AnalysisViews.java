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
 * The extra ways the glyph detector looks at one image, so text is found at every size the image
 * can hold and at any contrast a stretch can reveal:
 *
 * <ul>
 *   <li>downscaled copies (a pyramid, area-averaged by 2, 4 and 8 while the image is tall enough):
 *       the detector's stroke and height limits are fixed in pixels, so a 120 px bold name, whose
 *       strokes are wider than a ridge and of which the plain view sees only fragments, is one
 *       ordinary line on a copy half or a quarter the size;
 *   <li>a contrast stretch of the flat, near-black and near-white parts of the image ({@link
 *       ContrastStretch}): a name a few grey levels above black becomes an ordinary stroke.
 * </ul>
 *
 * Views are only looked at without OCR. Their lines are mapped back to the image and marked {@link
 * TextLineGrouper.Line#extra}: only lines no plain line already holds are added, and {@link
 * TextFinder} keeps one only when OCR reads it, so OCR reads what is new and grain is not redacted.
 */
final class AnalysisViews {
  /** Smallest line height (in the downscaled copy) taken from a pyramid level. */
  private static final int MIN_PYRAMID_HEIGHT = 16;

  /** Fewest glyphs of a line taken from a pyramid level (a name, a number). */
  private static final int MIN_PYRAMID_GLYPHS = 3;

  /** Smallest text height taken from the stretched view. */
  private static final int MIN_FAINT_HEIGHT = 6;

  /** A square block is flat when its levels span at most this much. */
  private static final int FLAT_RANGE = 24;

  /** A flat block is faint when it lies within this many levels of black or of white. */
  private static final int FAINT_REACH = 48;

  private static final int BLOCK = 32;

  private AnalysisViews() {}

  /** The plain glyph lines of {@code rgb}, then the extra views' new lines. */
  static List<TextLineGrouper.Line> lines(BufferedImage rgb) {
    List<TextLineGrouper.Line> plain = TextFinder.plainLines(rgb);
    List<TextLineGrouper.Line> extra = new ArrayList<>();
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    BufferedImage faint = faintView(pixels, w, h);
    if (faint != null) {
      for (TextLineGrouper.Line l : detect(faint)) {
        if (textHeight(l) >= MIN_FAINT_HEIGHT) {
          extra.add(l);
        }
      }
    }
    // Large text always leaves fragments in the plain view: only grow those into whole runs there.
    List<TextLineGrouper.Line> large = new ArrayList<>();
    pyramid(pixels, w, h, large);
    for (TextLineGrouper.Line l : large) {
      if (plain.stream().anyMatch(p -> p.box().intersects(l.box()))) {
        extra.add(l);
      }
    }
    if (faint != null) {
      pyramid(((DataBufferInt) faint.getRaster().getDataBuffer()).getData(), w, h, extra);
    }
    List<TextLineGrouper.Line> out = new ArrayList<>(plain);
    for (TextLineGrouper.Line m : CandidateMerger.merge(rgb, extra)) {
      if (plain.stream()
          .noneMatch(p -> p.box().intersection(m.box()).area() >= 0.8 * m.box().area())) {
        out.add(m.asExtra());
      }
    }
    return out;
  }

  /**
   * Lines of large text from copies 2, 4 and 8 times smaller: each level adds text from twice the
   * previous level's tallest line up to twice again, until that exceeds a quarter of the image.
   */
  private static void pyramid(int[] pixels, int w, int h, List<TextLineGrouper.Line> out) {
    for (int f = 2; GlyphDetector.MAX_HEIGHT * f / 2 < Math.max(h, w) / 4 && f <= 8; f *= 2) {
      if (w / f < GlyphDetector.MIN_HEIGHT * 4 || h / f < GlyphDetector.MIN_HEIGHT * 4) {
        return;
      }
      for (TextLineGrouper.Line l : detect(downscale(pixels, w, h, f))) {
        if (textHeight(l) >= MIN_PYRAMID_HEIGHT && l.glyphs() >= MIN_PYRAMID_GLYPHS) {
          out.add(
              new TextLineGrouper.Line(
                  up(l.box(), f, w, h), l.polarity(), l.glyphs(), l.vertical()));
        }
      }
    }
  }

  private static int textHeight(TextLineGrouper.Line l) {
    return l.vertical() ? l.box().width() : l.box().height();
  }

  private static List<TextLineGrouper.Line> detect(BufferedImage view) {
    return TextLineGrouper.group(GlyphDetector.detect(view));
  }

  /**
   * The image with its flat near-black blocks stretched by {@link ContrastStretch#darks} and its
   * flat near-white blocks by {@link ContrastStretch#brights}, every other block blanked (anatomy
   * is visible as it is, and its grain must not be stretched into blobs); null when no block is
   * flat and faint yet holds more than one level.
   */
  private static BufferedImage faintView(int[] pixels, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    boolean any = false;
    for (int by = 0; by < h; by += BLOCK) {
      for (int bx = 0; bx < w; bx += BLOCK) {
        int low = 255;
        int high = 0;
        for (int y = by; y < Math.min(h, by + BLOCK); y++) {
          for (int x = bx; x < Math.min(w, bx + BLOCK); x++) {
            int p = pixels[y * w + x];
            int r = (p >> 16) & 255;
            int g = (p >> 8) & 255;
            int b = p & 255;
            low = Math.min(low, Math.min(r, Math.min(g, b)));
            high = Math.max(high, Math.max(r, Math.max(g, b)));
          }
        }
        boolean dark = high <= FAINT_REACH;
        boolean light = low >= 255 - FAINT_REACH;
        if (high - low > FLAT_RANGE || high == low || !(dark || light)) {
          continue;
        }
        any = true;
        for (int y = by; y < Math.min(h, by + BLOCK); y++) {
          for (int x = bx; x < Math.min(w, bx + BLOCK); x++) {
            int p = pixels[y * w + x];
            dst[y * w + x] = dark ? ContrastStretch.darkRgb(p) : ContrastStretch.brightRgb(p);
          }
        }
      }
    }
    return any ? out : null;
  }

  /** An area-averaged copy {@code f} times smaller on each side. */
  static BufferedImage downscale(int[] pixels, int w, int h, int f) {
    int sw = w / f;
    int sh = h / f;
    BufferedImage out = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
    int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    int n = f * f;
    for (int y = 0; y < sh; y++) {
      for (int x = 0; x < sw; x++) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (int dy = 0; dy < f; dy++) {
          int row = (y * f + dy) * w + x * f;
          for (int dx = 0; dx < f; dx++) {
            int p = pixels[row + dx];
            r += (p >> 16) & 255;
            g += (p >> 8) & 255;
            b += p & 255;
          }
        }
        dst[y * sw + x] = ((r / n) << 16) | ((g / n) << 8) | (b / n);
      }
    }
    return out;
  }

  private static Box up(Box b, int f, int w, int h) {
    int x = b.x() * f;
    int y = b.y() * f;
    return new Box(
        x,
        y,
        Math.min(w, (b.x() + b.width()) * f + f) - x,
        Math.min(h, (b.y() + b.height()) * f + f) - y);
  }
}
