/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import java.util.Random;
import org.radshare.testdata.render.Field;

/**
 * Cartoon cross-sections and projections: a body ellipse with organ-like blobs and smooth texture.
 * Not anatomy, only enough structure that text sits over real-looking content.
 */
final class Anatomy {

  enum Region {
    HEAD,
    CHEST,
    ABDOMEN
  }

  private Anatomy() {}

  /** A CT-like axial slice of {@code size}² pixels. */
  static Field ctSlice(Random r, int w, int h, Region region) {
    double cx = w / 2.0 + r.nextInt(11) - 5;
    double cy = h / 2.0 + r.nextInt(11) - 5;
    double s = Math.min(w, h) / 512.0;
    Field f = new Field(w, h, 0);
    switch (region) {
      case HEAD -> {
        f.ellipse(cx, cy, 170 * s, 205 * s, 70, 2);
        f.ellipse(cx, cy, 160 * s, 195 * s, 235, 1.5);
        f.ellipse(cx, cy, 148 * s, 182 * s, 112, 1.5);
        f.ellipse(cx - 18 * s, cy - 10 * s, 9 * s, 38 * s, 35, 3);
        f.ellipse(cx + 18 * s, cy - 10 * s, 9 * s, 38 * s, 35, 3);
        f.texture(r, 20, 10, 60);
      }
      case CHEST -> {
        f.ellipse(cx, cy + 10 * s, 215 * s, 150 * s, 70, 2);
        f.ellipse(cx, cy + 10 * s, 200 * s, 137 * s, 105, 2);
        f.ellipse(cx - 95 * s, cy, 80 * s, 105 * s, 18, 3);
        f.ellipse(cx + 95 * s, cy, 80 * s, 105 * s, 18, 3);
        f.ellipse(cx + 10 * s, cy + 5 * s, 55 * s, 50 * s, 125, 3);
        f.ellipse(cx, cy + 110 * s, 22 * s, 20 * s, 235, 1.5);
        f.ellipse(cx - 10 * s, cy + 65 * s, 12 * s, 12 * s, 175, 1.5);
        f.texture(r, 28, 9, 10);
      }
      case ABDOMEN -> {
        f.ellipse(cx, cy + 10 * s, 205 * s, 155 * s, 72, 2);
        f.ellipse(cx, cy + 10 * s, 188 * s, 140 * s, 108, 2);
        f.ellipse(cx - 90 * s, cy - 20 * s, 85 * s, 75 * s, 138, 3);
        f.ellipse(cx + 110 * s, cy - 35 * s, 40 * s, 32 * s, 132, 3);
        f.ellipse(cx - 60 * s, cy + 70 * s, 22 * s, 32 * s, 150, 2);
        f.ellipse(cx + 60 * s, cy + 70 * s, 22 * s, 32 * s, 150, 2);
        f.ellipse(cx, cy + 100 * s, 24 * s, 22 * s, 235, 1.5);
        f.ellipse(cx - 15 * s, cy + 55 * s, 11 * s, 11 * s, 180, 1.5);
        for (int i = 0; i < 4; i++) {
          f.ellipse(
              cx + (r.nextInt(120) - 30) * s,
              cy + (r.nextInt(60) - 10) * s,
              (14 + r.nextInt(14)) * s,
              (12 + r.nextInt(12)) * s,
              r.nextBoolean() ? 30 : 160,
              3);
        }
        f.texture(r, 24, 10, 60);
      }
    }
    f.rect(0, (int) (cy + 175 * s), w, (int) (10 * s), 55);
    return f.texture(r, 64, 4, 60);
  }

  /** An MR-like slice: fat bright, soft tissue mid grey, fluid dark (T1) or bright (T2). */
  static Field mrSlice(Random r, int w, int h, Region region, boolean t2) {
    double cx = w / 2.0;
    double cy = h / 2.0;
    double s = Math.min(w, h) / 512.0;
    double fluid = t2 ? 225 : 40;
    Field f = new Field(w, h, 4);
    if (region == Region.HEAD) {
      f.ellipse(cx, cy, 172 * s, 208 * s, 190, 2);
      f.ellipse(cx, cy, 162 * s, 198 * s, 30, 2);
      f.ellipse(cx, cy, 150 * s, 186 * s, t2 ? 120 : 105, 2);
      f.ellipse(cx, cy, 118 * s, 150 * s, t2 ? 95 : 145, 6);
      f.ellipse(cx - 20 * s, cy - 5 * s, 10 * s, 42 * s, fluid, 3);
      f.ellipse(cx + 20 * s, cy - 5 * s, 10 * s, 42 * s, fluid, 3);
    } else {
      f.ellipse(cx, cy + 10 * s, 205 * s, 150 * s, 200, 3);
      f.ellipse(cx, cy + 10 * s, 185 * s, 132 * s, 95, 3);
      f.ellipse(cx - 85 * s, cy - 15 * s, 80 * s, 72 * s, t2 ? 70 : 120, 4);
      f.ellipse(cx + 55 * s, cy + 65 * s, 24 * s, 30 * s, t2 ? 160 : 90, 3);
      f.ellipse(cx + 30 * s, cy - 30 * s, 26 * s, 22 * s, fluid, 3);
      f.ellipse(cx, cy + 95 * s, 24 * s, 20 * s, 60, 2);
    }
    f.texture(r, 18, 12, 20);
    return f.texture(r, 56, 6, 20);
  }

  /** A chest-radiograph-like projection. */
  static Field chestXray(Random r, int w, int h) {
    double cx = w / 2.0;
    double s = w / 1024.0;
    Field f = new Field(w, h, 12);
    f.ellipse(cx, 560 * s, 430 * s, 520 * s, 150, 20);
    f.ellipse(cx - 190 * s, 470 * s, 150 * s, 290 * s, 55, 25);
    f.ellipse(cx + 190 * s, 470 * s, 150 * s, 290 * s, 55, 25);
    f.ellipse(cx + 30 * s, 620 * s, 120 * s, 140 * s, 170, 20);
    f.rect((int) (cx - 22 * s), 0, (int) (44 * s), h, 185);
    f.ellipse(cx - 170 * s, 170 * s, 140 * s, 16 * s, 200, 6);
    f.ellipse(cx + 170 * s, 170 * s, 140 * s, 16 * s, 200, 6);
    f.texture(r, 12, 18, 0);
    return f.texture(r, 48, 6, 0);
  }
}
