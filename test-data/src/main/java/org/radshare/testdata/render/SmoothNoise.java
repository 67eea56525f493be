/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.render;

import java.util.Random;

/**
 * Value noise on a coarse random lattice with smooth interpolation. Textures stay smooth so the
 * PNGs compress well (per-pixel random noise would not), yet images are not flat.
 */
public final class SmoothNoise {

  private final int cells;
  private final double[] lattice;

  public SmoothNoise(Random r, int cells) {
    this.cells = cells;
    this.lattice = new double[(cells + 1) * (cells + 1)];
    for (int i = 0; i < lattice.length; i++) {
      lattice[i] = r.nextDouble();
    }
  }

  /** Noise in [0, 1] at (u, v) in [0, 1]². */
  public double at(double u, double v) {
    double fx = clamp(u) * cells;
    double fy = clamp(v) * cells;
    int ix = Math.min((int) fx, cells - 1);
    int iy = Math.min((int) fy, cells - 1);
    double tx = fade(fx - ix);
    double ty = fade(fy - iy);
    double a = lattice[iy * (cells + 1) + ix];
    double b = lattice[iy * (cells + 1) + ix + 1];
    double c = lattice[(iy + 1) * (cells + 1) + ix];
    double d = lattice[(iy + 1) * (cells + 1) + ix + 1];
    return lerp(lerp(a, b, tx), lerp(c, d, tx), ty);
  }

  private static double clamp(double t) {
    return t < 0 ? 0 : (t > 1 ? 1 : t);
  }

  private static double fade(double t) {
    return t * t * (3 - 2 * t);
  }

  private static double lerp(double a, double b, double t) {
    return a + (b - a) * t;
  }
}
