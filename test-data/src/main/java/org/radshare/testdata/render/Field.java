/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.render;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A grey-level picture built by layering soft shapes and smooth noise, then turned into an RGB
 * image. All arithmetic is plain double maths on a fixed seed, so output is reproducible.
 */
public final class Field {

  private final int w;
  private final int h;
  private final double[] v;

  public Field(int w, int h, double background) {
    this.w = w;
    this.h = h;
    this.v = new double[w * h];
    java.util.Arrays.fill(v, background);
  }

  public int width() {
    return w;
  }

  public int height() {
    return h;
  }

  /** Paints a soft-edged ellipse of level {@code value}, blended by coverage. */
  public Field ellipse(double cx, double cy, double rx, double ry, double value, double soft) {
    int x0 = (int) Math.max(0, cx - rx - soft - 1);
    int x1 = (int) Math.min(w - 1, cx + rx + soft + 1);
    int y0 = (int) Math.max(0, cy - ry - soft - 1);
    int y1 = (int) Math.min(h - 1, cy + ry + soft + 1);
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        double dx = (x - cx) / rx;
        double dy = (y - cy) / ry;
        double d = (Math.sqrt(dx * dx + dy * dy) - 1) * Math.min(rx, ry);
        double cover = d <= -soft ? 1 : (d >= soft ? 0 : 0.5 - d / (2 * soft));
        int i = y * w + x;
        v[i] = v[i] * (1 - cover) + value * cover;
      }
    }
    return this;
  }

  /** Paints an axis-aligned rectangle of level {@code value}. */
  public Field rect(int x, int y, int rw, int rh, double value) {
    for (int yy = Math.max(0, y); yy < Math.min(h, y + rh); yy++) {
      for (int xx = Math.max(0, x); xx < Math.min(w, x + rw); xx++) {
        v[yy * w + xx] = value;
      }
    }
    return this;
  }

  /**
   * Adds smooth noise of amplitude {@code amp} where the level is above {@code floor}, so that the
   * air around a body stays flat (and compresses).
   */
  public Field texture(Random r, int cells, double amp, double floor) {
    SmoothNoise n = new SmoothNoise(r, cells);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        if (v[i] > floor) {
          v[i] += (n.at((double) x / w, (double) y / h) - 0.5) * 2 * amp;
        }
      }
    }
    return this;
  }

  /** Multiplies each pixel by {@code f(x, y)}; used for fan-shaped ultrasound sectors. */
  public Field mask(Mask f) {
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        v[y * w + x] *= f.weight(x, y);
      }
    }
    return this;
  }

  /** A per-pixel weight in [0, 1]. */
  @FunctionalInterface
  public interface Mask {
    double weight(int x, int y);
  }

  /** Inverts the grey scale (white background, dark body). */
  public Field invert() {
    for (int i = 0; i < v.length; i++) {
      v[i] = 255 - v[i];
    }
    return this;
  }

  /** Level in 0..255, quantised to {@code step} so that flat areas compress. */
  public BufferedImage toImage(int step, int tintR, int tintG, int tintB) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] px = new int[w * h];
    for (int i = 0; i < v.length; i++) {
      int g = (int) Math.round(Math.max(0, Math.min(255, v[i])) / step) * step;
      g = Math.min(255, g);
      int r = Math.min(255, g + tintR * g / 255);
      int gg = Math.min(255, g + tintG * g / 255);
      int b = Math.min(255, g + tintB * g / 255);
      px[i] = (r << 16) | (gg << 8) | b;
    }
    img.setRGB(0, 0, w, h, px, 0, w);
    return img;
  }
}
