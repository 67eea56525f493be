/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Optional;

/**
 * The captured image in the form it is posted: its own samples in a plain sample model, with no
 * colour management anywhere. 8-bit grey stays 8-bit grey, an opaque palette keeps its palette, RGB
 * keeps its values (whatever colour space the file declared), opaque RGBA keeps its alpha; deeper
 * grey is windowed to 8 bits exactly once ({@link #window} says how). Only redaction changes pixels
 * after this.
 *
 * <p>Transparency that could hide something is not kept: an image with any non-opaque pixel is
 * composited on black, which is also what the checks look at, so a platform's own background can
 * never reveal text the checks did not see.
 *
 * @param image a new image (the input itself only from {@link #asIs}) of type {@code
 *     TYPE_BYTE_GRAY}, {@code TYPE_INT_RGB}, {@code TYPE_INT_ARGB} (every pixel opaque) or indexed
 *     with an opaque palette holding black
 * @param window the window applied to deep grey samples, if any
 */
public record PostableImage(BufferedImage image, Optional<GreyWindow> window) {

  /**
   * {@code in} itself when it already is in a posted form that needs no conversion (packed RGB or
   * 8-bit grey), else {@link #of(BufferedImage, Optional)}. For callers that only read the image
   * and must hand back the very instance they were given.
   */
  public static PostableImage asIs(BufferedImage in, Optional<GreyWindow> dicomWindow) {
    int type = in.getType();
    return type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_BYTE_GRAY
        ? new PostableImage(in, Optional.empty())
        : of(in, dicomWindow);
  }

  /** {@code in} as posted, deep grey windowed to its own minimum and maximum. */
  public static PostableImage of(BufferedImage in) {
    return of(in, Optional.empty());
  }

  /** {@code in} as posted, deep grey windowed with {@code dicomWindow} when one is given. */
  public static PostableImage of(BufferedImage in, Optional<GreyWindow> dicomWindow) {
    Raster raster = in.getRaster();
    ColorModel cm = in.getColorModel();
    if (cm instanceof IndexColorModel icm) {
      return new PostableImage(indexed(in, icm), Optional.empty());
    }
    int bands = raster.getNumBands();
    boolean alpha = cm.hasAlpha();
    int colourBands = alpha ? bands - 1 : bands;
    if (colourBands == 1) {
      return grey(raster, alpha, dicomWindow);
    }
    if (colourBands == 3 && cm.getColorSpace().getType() == ColorSpace.TYPE_RGB) {
      return new PostableImage(rgb(raster, alpha, cm.isAlphaPremultiplied()), Optional.empty());
    }
    return new PostableImage(converted(in), Optional.empty());
  }

  private static BufferedImage indexed(BufferedImage in, IndexColorModel icm) {
    if (icm.getTransparency() == java.awt.Transparency.OPAQUE
        && blackIndex(icm) >= 0
        && icm.getMapSize() <= 256) {
      WritableRaster copy = in.getRaster().createCompatibleWritableRaster();
      copy.setRect(-in.getRaster().getMinX(), -in.getRaster().getMinY(), in.getRaster());
      return new BufferedImage(icm, copy, false, null);
    }
    // The palette lacks black (a fill could not be drawn in it) or carries transparency: expand to
    // the palette's exact RGB values, composited on black.
    return rgbFromSamples(in.getRaster(), i -> overBlack(icm.getRGB(i)));
  }

  /**
   * A new RGB image whose pixel is {@code rgbOf} applied to band 0 of {@code raster} (a grey sample
   * or a palette index).
   */
  static BufferedImage rgbFromSamples(Raster raster, java.util.function.IntUnaryOperator rgbOf) {
    int w = raster.getWidth();
    int h = raster.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] samples = new int[w];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, samples);
      for (int x = 0; x < w; x++) {
        row[x] = rgbOf.applyAsInt(samples[x]);
      }
      out.getRaster().setDataElements(0, y, w, 1, row);
    }
    return out;
  }

  /** The palette index of opaque black, or -1. */
  static int blackIndex(IndexColorModel icm) {
    for (int i = 0; i < icm.getMapSize(); i++) {
      if (icm.getRGB(i) == 0xFF000000) {
        return i;
      }
    }
    return -1;
  }

  private static PostableImage grey(
      Raster raster, boolean alpha, Optional<GreyWindow> dicomWindow) {
    int w = raster.getWidth();
    int h = raster.getHeight();
    int bits = raster.getSampleModel().getSampleSize(0);
    boolean floating =
        raster.getDataBuffer().getDataType() == java.awt.image.DataBuffer.TYPE_FLOAT
            || raster.getDataBuffer().getDataType() == java.awt.image.DataBuffer.TYPE_DOUBLE;
    Optional<GreyWindow> window =
        bits > 8 || floating
            ? Optional.of(dicomWindow.orElseGet(() -> ownRange(raster, floating)))
            : Optional.empty();
    int alphaMax = alpha ? (1 << raster.getSampleModel().getSampleSize(1)) - 1 : 0;
    int greyMax = (1 << Math.min(bits, 8)) - 1;
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster target = out.getRaster();
    double[] row = new double[w];
    int[] a = new int[w];
    int[] g = new int[w];
    for (int y = 0; y < h; y++) {
      raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, row);
      if (alpha) {
        raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 1, a);
      }
      for (int x = 0; x < w; x++) {
        int v =
            window.isPresent()
                ? window.get().apply(row[x])
                : greyMax == 255 ? (int) row[x] : (int) Math.round(row[x] * 255 / greyMax);
        g[x] = alpha && a[x] != alphaMax ? Math.round((float) v * a[x] / alphaMax) : v;
      }
      target.setSamples(0, y, w, 1, 0, g);
    }
    return new PostableImage(out, window);
  }

  private static GreyWindow ownRange(Raster raster, boolean floating) {
    int w = raster.getWidth();
    double[] row = new double[w];
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (int y = 0; y < raster.getHeight(); y++) {
      raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, row);
      for (double v : row) {
        if (!floating || Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    return min > max ? GreyWindow.minMax(0, 1) : GreyWindow.minMax(min, max);
  }

  private static BufferedImage rgb(Raster raster, boolean alpha, boolean premultiplied) {
    int w = raster.getWidth();
    int h = raster.getHeight();
    int[] max = new int[raster.getNumBands()];
    for (int b = 0; b < max.length; b++) {
      max[b] = (int) ((1L << raster.getSampleModel().getSampleSize(b)) - 1);
    }
    int[][] bands = new int[max.length][w];
    int[] row = new int[w];
    boolean opaque = !alpha || allOpaque(raster, max[3]);
    BufferedImage out =
        new BufferedImage(
            w, h, opaque && alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int b = 0; b < max.length; b++) {
        raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, b, bands[b]);
      }
      for (int x = 0; x < w; x++) {
        int r = to8(bands[0][x], max[0]);
        int g = to8(bands[1][x], max[1]);
        int bl = to8(bands[2][x], max[2]);
        if (alpha && !opaque && !premultiplied) {
          int a = to8(bands[3][x], max[3]);
          r = r * a / 255;
          g = g * a / 255;
          bl = bl * a / 255;
        }
        row[x] = (opaque && alpha ? 0xFF000000 : 0) | (r << 16) | (g << 8) | bl;
      }
      out.getRaster().setDataElements(0, y, w, 1, row);
    }
    return out;
  }

  private static boolean allOpaque(Raster raster, int alphaMax) {
    int w = raster.getWidth();
    int[] a = new int[w];
    for (int y = 0; y < raster.getHeight(); y++) {
      raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 3, a);
      for (int v : a) {
        if (v != alphaMax) {
          return false;
        }
      }
    }
    return true;
  }

  private static int to8(int v, int max) {
    return max == 255 ? v : (int) Math.round(v * 255.0 / max);
  }

  /** Colour spaces that are neither grey nor RGB (CMYK, YCC…): the colour model's own sRGB. */
  private static BufferedImage converted(BufferedImage in) {
    int w = in.getWidth();
    int h = in.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      in.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        row[x] = overBlack(row[x]);
      }
      out.getRaster().setDataElements(0, y, w, 1, row);
    }
    return out;
  }

  /** A non-premultiplied ARGB value composited on black, as RGB. */
  static int overBlack(int argb) {
    int a = argb >>> 24;
    if (a == 255) {
      return argb & 0xFFFFFF;
    }
    int r = ((argb >> 16) & 255) * a / 255;
    int g = ((argb >> 8) & 255) * a / 255;
    int b = (argb & 255) * a / 255;
    return (r << 16) | (g << 8) | b;
  }
}
