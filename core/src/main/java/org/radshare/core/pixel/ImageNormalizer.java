/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Turns whatever a viewer or a file hands us (16-bit grey, alpha, indexed, custom colour spaces, a
 * 1×1 or a huge frame) into the one form the detectors, the redactor and the encoder work on: a new
 * 8-bit {@link BufferedImage#TYPE_INT_RGB} image. The input is never modified.
 *
 * <p>Alpha is composited on black. Pixels hidden under full transparency are therefore dropped (a
 * name drawn with alpha 0 does not survive), which is what a viewer would have shown anyway.
 * Greyscale with more than 8 bits per sample is windowed to its own minimum and maximum, so faint
 * text in a 12-bit frame keeps its contrast instead of being crushed by a fixed shift.
 */
public final class ImageNormalizer {
  private ImageNormalizer() {}

  /** A new 8-bit RGB copy of {@code image}. */
  public static BufferedImage normalize(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Raster raster = image.getRaster();
    if (raster.getNumBands() == 1 && !isIndexed(image) && sampleBits(raster) > 8) {
      windowDeepGrey(raster, out);
    } else {
      compositeOnBlack(image, out);
    }
    return out;
  }

  private static boolean isIndexed(BufferedImage image) {
    return image.getColorModel() instanceof java.awt.image.IndexColorModel;
  }

  private static int sampleBits(Raster raster) {
    return raster.getSampleModel().getSampleSize(0);
  }

  private static void windowDeepGrey(Raster raster, BufferedImage out) {
    int w = raster.getWidth();
    int h = raster.getHeight();
    boolean floating =
        raster.getDataBuffer().getDataType() == DataBuffer.TYPE_FLOAT
            || raster.getDataBuffer().getDataType() == DataBuffer.TYPE_DOUBLE;
    double[] row = new double[w];
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (int y = 0; y < h; y++) {
      raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, row);
      for (double v : row) {
        if (!floating || Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    double span = max > min ? max - min : 1;
    int[] rgb = new int[w];
    for (int y = 0; y < h; y++) {
      raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, row);
      for (int x = 0; x < w; x++) {
        double v = Double.isFinite(row[x]) ? row[x] : min;
        int g = (int) Math.round(Math.max(0, Math.min(1, (v - min) / span)) * 255);
        rgb[x] = (g << 16) | (g << 8) | g;
      }
      out.setRGB(0, y, w, 1, rgb, 0, w);
    }
  }

  private static void compositeOnBlack(BufferedImage image, BufferedImage out) {
    switch (image.getType()) {
      case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB -> copyPacked(image, out);
      default -> convertAny(image, out);
    }
  }

  /**
   * The common case of a frame that is already packed sRGB (a viewer capture, an earlier
   * normalization): rows are copied as they are, with alpha composited the same way {@link
   * #convertAny} does, but without a colour-model call per pixel.
   */
  private static void copyPacked(BufferedImage image, BufferedImage out) {
    int w = image.getWidth();
    int h = image.getHeight();
    boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
    Raster in = image.getRaster();
    WritableRaster target = out.getRaster();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      in.getDataElements(in.getMinX(), in.getMinY() + y, w, 1, row);
      for (int x = 0; x < w; x++) {
        row[x] = alpha ? overBlack(row[x]) : row[x] & 0xFFFFFF;
      }
      target.setDataElements(0, y, w, 1, row);
    }
  }

  private static void convertAny(BufferedImage image, BufferedImage out) {
    int w = image.getWidth();
    int h = image.getHeight();
    boolean alpha = image.getColorModel().hasAlpha();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      // getRGB converts any colour model (indexed, CMYK, 16-bit RGB…) to non-premultiplied sRGB.
      image.getRGB(0, y, w, 1, row, 0, w);
      if (alpha) {
        for (int x = 0; x < w; x++) {
          row[x] = overBlack(row[x]);
        }
      }
      out.setRGB(0, y, w, 1, row, 0, w);
    }
  }

  private static int overBlack(int argb) {
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
