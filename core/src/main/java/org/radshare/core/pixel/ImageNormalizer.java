/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Turns whatever a viewer or a file hands us (16-bit grey, alpha, indexed, custom colour spaces, a
 * 1×1 or a huge frame) into the one form the detectors work on: a new 8-bit {@link
 * BufferedImage#TYPE_INT_RGB} image. The input is never modified.
 *
 * <p>The conversion is exact, never colour-managed: a grey sample {@code g} becomes {@code (g, g,
 * g)}, a palette index its palette entry, RGB samples stay as they are whatever colour space the
 * file declared. It goes through {@link PostableImage}, so the checks see exactly the samples that
 * are posted. Alpha is composited on black (a name drawn with alpha 0 does not survive), and grey
 * deeper than 8 bits is windowed to its own minimum and maximum unless the caller windowed it
 * first.
 */
public final class ImageNormalizer {
  private ImageNormalizer() {}

  /** A new 8-bit RGB copy of {@code image}. */
  public static BufferedImage normalize(BufferedImage image) {
    return switch (image.getType()) {
      case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB -> copyPacked(image);
      case BufferedImage.TYPE_BYTE_GRAY -> fromGrey(image);
      default -> rgbOf(PostableImage.of(image).image());
    };
  }

  /**
   * {@code image} itself when it already is 8-bit packed RGB, else {@link #normalize}: for callers
   * that only read the pixels and need no copy.
   */
  public static BufferedImage asRgb(BufferedImage image) {
    return image.getType() == BufferedImage.TYPE_INT_RGB ? image : normalize(image);
  }

  /** A new 8-bit RGB copy of an image already in one of {@link PostableImage}'s forms. */
  private static BufferedImage rgbOf(BufferedImage postable) {
    if (postable.getColorModel() instanceof IndexColorModel icm) {
      return fromPalette(postable, icm);
    }
    return switch (postable.getType()) {
      case BufferedImage.TYPE_INT_RGB -> postable;
      case BufferedImage.TYPE_BYTE_GRAY -> fromGrey(postable);
      default -> copyPacked(postable);
    };
  }

  private static BufferedImage fromGrey(BufferedImage grey) {
    return PostableImage.rgbFromSamples(grey.getRaster(), g -> g * 0x010101);
  }

  private static BufferedImage fromPalette(BufferedImage indexed, IndexColorModel icm) {
    return PostableImage.rgbFromSamples(
        indexed.getRaster(), i -> PostableImage.overBlack(icm.getRGB(i)));
  }

  /**
   * The common case of a frame that is already packed sRGB (a viewer capture, an earlier
   * normalization): rows are copied as they are, with alpha composited on black, without a
   * colour-model call per pixel.
   */
  private static BufferedImage copyPacked(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
    Raster in = image.getRaster();
    WritableRaster target = out.getRaster();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      in.getDataElements(in.getMinX(), in.getMinY() + y, w, 1, row);
      for (int x = 0; x < w; x++) {
        row[x] = alpha ? PostableImage.overBlack(row[x]) : row[x] & 0xFFFFFF;
      }
      target.setDataElements(0, y, w, 1, row);
    }
    return out;
  }
}
