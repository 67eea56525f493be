/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.util.Arrays;
import java.util.List;

/**
 * Extra 8-bit views of a greyscale image with more than 8 bits per sample, read from the original
 * raster. {@link ImageNormalizer} windows such data to its full range, so one outlier sample (a
 * marker at 65535) crushes a name drawn at 1000 over a background at 900 into the same grey. These
 * views window the data where its samples actually are (between low and high percentiles) and
 * equalise its histogram, so text the full-range window hides stands out again. Used for detection
 * only; what is posted is still the normalized image with its redactions.
 */
final class DeepWindows {
  private static final double LOW = 0.005;
  private static final double HIGH = 0.995;

  private DeepWindows() {}

  /** The extra views of {@code image}; empty unless it is grey with more than 8 bits a sample. */
  static List<BufferedImage> of(BufferedImage image) {
    Raster raster = image.getRaster();
    if (raster.getNumBands() != 1
        || image.getColorModel() instanceof java.awt.image.IndexColorModel
        || raster.getSampleModel().getSampleSize(0) <= 8
        || raster.getDataBuffer().getDataType() == DataBuffer.TYPE_FLOAT
        || raster.getDataBuffer().getDataType() == DataBuffer.TYPE_DOUBLE) {
      return List.of();
    }
    int w = raster.getWidth();
    int h = raster.getHeight();
    int[] samples = raster.getSamples(raster.getMinX(), raster.getMinY(), w, h, 0, (int[]) null);
    int[] sorted = samples.clone();
    Arrays.sort(sorted);
    int lo = sorted[(int) (LOW * (sorted.length - 1))];
    int hi = sorted[(int) Math.ceil(HIGH * (sorted.length - 1))];
    BufferedImage window = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] out = ((DataBufferInt) window.getRaster().getDataBuffer()).getData();
    GreyWindow percentiles = GreyWindow.minMax(lo, hi);
    for (int i = 0; i < samples.length; i++) {
      int g = percentiles.apply(samples[i]);
      out[i] = (g << 16) | (g << 8) | g;
    }
    // Each distinct level's first rank among all samples: each level gets its own share of grey.
    int[] levels = new int[sorted.length];
    int[] firstRank = new int[sorted.length];
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        levels[distinct] = sorted[i];
        firstRank[distinct] = i;
        distinct++;
      }
    }
    BufferedImage equalised = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] eq = ((DataBufferInt) equalised.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < samples.length; i++) {
      int rank = firstRank[Arrays.binarySearch(levels, 0, distinct, samples[i])];
      int g = (int) ((long) rank * 255 / Math.max(1, sorted.length - 1));
      eq[i] = (g << 16) | (g << 8) | g;
    }
    return List.of(window, equalised);
  }
}
