/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * One text-line candidate prepared the way Tesseract reads best: the channel in which the text
 * stood out, turned into dark ink on white, stretched to full contrast, upscaled so small overlay
 * fonts reach a comfortable height, and framed by a white margin.
 *
 * <p>Equality is by pixel content, so an unchanged line met again (when the redacted image is
 * re-scanned) can reuse its earlier reading.
 */
final class OcrCrop {
  private static final int TARGET_HEIGHT = 40;
  private static final int MAX_SCALE = 4;
  private static final double MIN_SCALE = 0.25;
  private static final int MARGIN = 10;

  final byte[] grey;
  final int width;
  final int height;
  final double scale;
  final int originX;
  final int originY;
  private final int hash;

  private OcrCrop(byte[] grey, int width, int height, double scale, int originX, int originY) {
    this.grey = grey;
    this.width = width;
    this.height = height;
    this.scale = scale;
    this.originX = originX;
    this.originY = originY;
    this.hash = 31 * Arrays.hashCode(grey) + width;
  }

  /** The crop around {@code box} (already padded) of a normalized RGB image. */
  static OcrCrop of(BufferedImage rgb, Box box, Glyph.Polarity polarity, int textHeight) {
    return of(rgb, box, polarity, textHeight, TARGET_HEIGHT);
  }

  /** {@link #of} with the text scaled to {@code target} pixels high instead of the default. */
  static OcrCrop of(
      BufferedImage rgb, Box box, Glyph.Polarity polarity, int textHeight, int target) {
    int w = box.width();
    int h = box.height();
    // Normalized images are packed RGB: read the pixels without a per-pixel colour-model call.
    int[] argb =
        rgb.getType() == BufferedImage.TYPE_INT_RGB
            ? (int[]) rgb.getRaster().getDataElements(box.x(), box.y(), w, h, null)
            : rgb.getRGB(box.x(), box.y(), w, h, null, 0, w);
    byte[] ink = new byte[w * h];
    int min = 255;
    int max = 0;
    for (int i = 0; i < argb.length; i++) {
      // The channel the detector saw the strokes in, as dark ink on white.
      int v = 255 - polarity.ink(argb[i]);
      min = Math.min(min, v);
      max = Math.max(max, v);
      ink[i] = (byte) v;
    }
    int span = Math.max(1, max - min);
    for (int i = 0; i < ink.length; i++) {
      ink[i] = (byte) (((ink[i] & 255) - min) * 255 / span);
    }
    double scale =
        Math.max(
            textHeight > 2 * target ? MIN_SCALE : 1,
            Math.min(MAX_SCALE, (double) target / Math.max(1, textHeight)));
    return framed(ink, w, h, scale, box.x(), box.y());
  }

  private static OcrCrop framed(byte[] ink, int w, int h, double scale, int ox, int oy) {
    BufferedImage src = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    System.arraycopy(
        ink, 0, ((DataBufferByte) src.getRaster().getDataBuffer()).getData(), 0, w * h);
    int sw = (int) Math.round(w * scale);
    int sh = (int) Math.round(h * scale);
    BufferedImage dst =
        new BufferedImage(sw + 2 * MARGIN, sh + 2 * MARGIN, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = dst.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, dst.getWidth(), dst.getHeight());
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(src, MARGIN, MARGIN, sw, sh, null);
    } finally {
      g.dispose();
    }
    byte[] out = ((DataBufferByte) dst.getRaster().getDataBuffer()).getData();
    return new OcrCrop(out, dst.getWidth(), dst.getHeight(), scale, ox, oy);
  }

  /** This crop turned a quarter turn, clockwise or not, for text that runs vertically. */
  OcrCrop quarterTurn(boolean clockwise) {
    byte[] out = new byte[grey.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int nx = clockwise ? height - 1 - y : y;
        int ny = clockwise ? x : width - 1 - x;
        out[ny * height + nx] = grey[y * width + x];
      }
    }
    return new OcrCrop(out, height, width, scale, originX, originY);
  }

  /** Maps a box in crop coordinates back to the image. */
  Box toImage(Box b) {
    int x = originX + (int) Math.floor((b.x() - MARGIN) / scale);
    int y = originY + (int) Math.floor((b.y() - MARGIN) / scale);
    int w = (int) Math.ceil(b.width() / scale);
    int h = (int) Math.ceil(b.height() / scale);
    return new Box(Math.max(0, x), Math.max(0, y), w, h);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OcrCrop c
        && c.hash == hash
        && c.width == width
        && c.height == height
        && Arrays.equals(c.grey, grey);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
