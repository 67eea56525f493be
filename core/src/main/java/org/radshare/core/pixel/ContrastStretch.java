/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Logarithmic contrast stretches of an 8-bit image, per channel: one spreads the darkest levels (a
 * name at grey level 3 on black comes out at 64), its mirror spreads the brightest. The detectors
 * look for faint text on these views, and the bench re-reads redacted outputs on them for leaks.
 */
public final class ContrastStretch {
  private static final int[] DARK = darkCurve();
  private static final int[] BRIGHT = brightCurve();

  private ContrastStretch() {}

  /** A copy of {@code image} with its darkest levels spread. */
  public static BufferedImage darks(BufferedImage image) {
    return apply(image, DARK);
  }

  /** A copy of {@code image} with its brightest levels spread. */
  public static BufferedImage brights(BufferedImage image) {
    return apply(image, BRIGHT);
  }

  static int dark(int v) {
    return DARK[v];
  }

  static int bright(int v) {
    return BRIGHT[v];
  }

  /** Packed RGB pixel {@code p} with its darkest levels spread, per channel. */
  static int darkRgb(int p) {
    return perChannel(p, DARK);
  }

  /** Packed RGB pixel {@code p} with its brightest levels spread, per channel. */
  static int brightRgb(int p) {
    return perChannel(p, BRIGHT);
  }

  private static int perChannel(int p, int[] curve) {
    return (curve[(p >> 16) & 255] << 16) | (curve[(p >> 8) & 255] << 8) | curve[p & 255];
  }

  private static BufferedImage apply(BufferedImage image, int[] curve) {
    BufferedImage rgb = ImageNormalizer.asRgb(image);
    int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    BufferedImage out =
        new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
    int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < dst.length; i++) {
      dst[i] = perChannel(pixels[i], curve);
    }
    return out;
  }

  private static int[] darkCurve() {
    int[] c = new int[256];
    for (int v = 0; v < 256; v++) {
      c[v] = (int) Math.round(255 * Math.log1p(v) / Math.log(256));
    }
    return c;
  }

  private static int[] brightCurve() {
    int[] dark = darkCurve();
    int[] c = new int[256];
    for (int v = 0; v < 256; v++) {
      c[v] = 255 - dark[255 - v];
    }
    return c;
  }
}
