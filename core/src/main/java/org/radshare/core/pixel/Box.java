/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

/** An axis-aligned pixel rectangle in image coordinates (origin top left). */
public record Box(int x, int y, int width, int height) {
  public Box {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("negative box size " + width + "x" + height);
    }
  }

  public int right() {
    return x + width;
  }

  public int bottom() {
    return y + height;
  }

  public long area() {
    return (long) width * height;
  }

  public boolean intersects(Box o) {
    return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
  }

  public Box union(Box o) {
    int nx = Math.min(x, o.x);
    int ny = Math.min(y, o.y);
    return new Box(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
  }

  /** The overlap with {@code o}, or an empty box at this box's origin when they do not meet. */
  public Box intersection(Box o) {
    int nx = Math.max(x, o.x);
    int ny = Math.max(y, o.y);
    int w = Math.min(right(), o.right()) - nx;
    int h = Math.min(bottom(), o.bottom()) - ny;
    return w <= 0 || h <= 0 ? new Box(x, y, 0, 0) : new Box(nx, ny, w, h);
  }

  /**
   * This box grown by {@code pad} pixels on every side and clipped to a {@code w}×{@code h} image.
   */
  public Box grow(int pad, int w, int h) {
    int nx = Math.max(0, x - pad);
    int ny = Math.max(0, y - pad);
    return new Box(nx, ny, Math.min(w, right() + pad) - nx, Math.min(h, bottom() + pad) - ny);
  }
}
