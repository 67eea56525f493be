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
 *       strokes are wider than a ridge, is an ordinary line on a copy a quarter the size;
 *   <li>contrast stretches of the darkest and brightest levels (a logarithmic curve per channel): a
 *       name drawn at grey level 3 on black, or a pale grey stamp on white, becomes an ordinary
 *       stroke.
 * </ul>
 *
 * Views are only looked at without OCR; their lines are mapped back to the image, and only lines
 * the plain view did not already hold are added, so OCR reads what is new and nothing twice.
 */
final class AnalysisViews {
  /** Smallest line height (in the downscaled copy) taken from a pyramid level. */
  private static final int MIN_PYRAMID_HEIGHT = 24;

  /** Fewest glyphs of a line taken from a pyramid level (a name, a number). */
  private static final int MIN_PYRAMID_GLYPHS = 3;

  /**
   * Widest ink range (in the plain image) of a line taken from a stretched view: anything with more
   * contrast than this was already visible to the plain view, and what a stretch adds there is
   * grain.
   */
  private static final int FAINT_RANGE = 40;

  /** Darkest (or brightest) level a stretch is worth running for. */
  private static final int STRETCH_REACH = 24;

  private AnalysisViews() {}

  /** Glyph lines of {@code rgb} (a normalized image) over every view, in image coordinates. */
  static List<TextLineGrouper.Line> lines(BufferedImage rgb) {
    List<TextLineGrouper.Line> lines = new ArrayList<>(detect(rgb));
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    int[] range = range(pixels);
    if (range[0] <= STRETCH_REACH) {
      addNew(lines, faint(rgb, detect(ContrastStretch.darks(rgb))));
    }
    if (range[1] >= 255 - STRETCH_REACH) {
      addNew(lines, faint(rgb, detect(ContrastStretch.brights(rgb))));
    }
    // Each level adds text from twice the previous level's tallest line up to twice again; stop
    // once that exceeds a quarter of the image, the largest text a capture holds.
    for (int f = 2; GlyphDetector.MAX_HEIGHT * f / 2 < Math.max(h, w) / 4 && f <= 8; f *= 2) {
      if (w / f < GlyphDetector.MIN_HEIGHT * 4 || h / f < GlyphDetector.MIN_HEIGHT * 4) {
        break;
      }
      List<TextLineGrouper.Line> scaled = new ArrayList<>();
      for (TextLineGrouper.Line l : detect(downscale(pixels, w, h, f))) {
        int textHeight = l.vertical() ? l.box().width() : l.box().height();
        if (textHeight >= MIN_PYRAMID_HEIGHT && l.glyphs() >= MIN_PYRAMID_GLYPHS) {
          scaled.add(
              new TextLineGrouper.Line(
                  up(l.box(), f, w, h), l.polarity(), l.glyphs(), l.vertical()));
        }
      }
      addNew(lines, scaled);
    }
    return lines;
  }

  private static List<TextLineGrouper.Line> detect(BufferedImage view) {
    return TextLineGrouper.group(GlyphDetector.detect(view));
  }

  /** The lines whose ink range in the plain image is below {@link #FAINT_RANGE}. */
  private static List<TextLineGrouper.Line> faint(
      BufferedImage rgb, List<TextLineGrouper.Line> lines) {
    List<TextLineGrouper.Line> out = new ArrayList<>();
    for (TextLineGrouper.Line l : lines) {
      Box b = l.box();
      int[] argb = rgb.getRGB(b.x(), b.y(), b.width(), b.height(), null, 0, b.width());
      int min = 255;
      int max = 0;
      for (int p : argb) {
        int v = l.polarity().ink(p);
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      if (max - min < FAINT_RANGE) {
        out.add(l);
      }
    }
    return out;
  }

  /** Adds the lines of {@code more} that are not mostly inside a line already held. */
  private static void addNew(List<TextLineGrouper.Line> lines, List<TextLineGrouper.Line> more) {
    int held = lines.size();
    for (TextLineGrouper.Line m : more) {
      boolean known = false;
      for (int i = 0; i < held && !known; i++) {
        known = lines.get(i).box().intersection(m.box()).area() >= 0.8 * m.box().area();
      }
      if (!known) {
        lines.add(m);
      }
    }
  }

  /** The lowest channel minimum and the highest channel maximum over the image. */
  private static int[] range(int[] pixels) {
    int low = 255;
    int high = 0;
    for (int p : pixels) {
      int r = (p >> 16) & 255;
      int g = (p >> 8) & 255;
      int b = p & 255;
      low = Math.min(low, Math.min(r, Math.min(g, b)));
      high = Math.max(high, Math.max(r, Math.max(g, b)));
    }
    return new int[] {low, high};
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
