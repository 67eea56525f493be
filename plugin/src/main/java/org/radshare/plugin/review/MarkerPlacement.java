/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Places one numbered marker per region so that no two markers overlap and each sits next to its
 * region: the first free spot among above-left, left, above-right, right, below and inside; when
 * all are taken, the nearest free spot further down the column. Markers that cannot avoid each
 * other inside the view (more regions than room) are placed anyway, outside the view if need be, so
 * they never cover one another.
 */
final class MarkerPlacement {

  private MarkerPlacement() {}

  /** Marker bounds, one per box, in the boxes' order. */
  static List<Rectangle> place(List<Rectangle> boxes, int size, Rectangle view) {
    List<Rectangle> placed = new ArrayList<>();
    for (Rectangle b : boxes) {
      Rectangle chosen = null;
      for (int[] c : candidates(b, size)) {
        Rectangle r = new Rectangle(c[0], c[1], size, size);
        if (view.contains(r) && free(r, placed)) {
          chosen = r;
          break;
        }
      }
      if (chosen == null) {
        chosen = scan(b, size, view, placed);
      }
      placed.add(chosen);
    }
    return placed;
  }

  private static int[][] candidates(Rectangle b, int size) {
    int gap = 2;
    return new int[][] {
      {b.x - size - gap, b.y - size - gap},
      {b.x - size - gap, b.y},
      {b.x, b.y - size - gap},
      {b.x + b.width + gap, b.y},
      {b.x + b.width + gap, b.y - size - gap},
      {b.x, b.y + b.height + gap},
      {b.x + 1, b.y + 1},
    };
  }

  /** The first free spot scanning down from the region, then to the right, step by step. */
  private static Rectangle scan(Rectangle b, int size, Rectangle view, List<Rectangle> placed) {
    int x0 = Math.max(view.x, Math.min(b.x - size - 2, view.x + view.width - size));
    for (int dx = 0; dx < Math.max(view.width, size); dx += size + 2) {
      for (int dy = 0; dy < Math.max(view.height, size); dy += size + 2) {
        int x = view.x + Math.floorMod(x0 - view.x + dx, Math.max(1, view.width - size + 1));
        int y = view.y + Math.floorMod(b.y - view.y + dy, Math.max(1, view.height - size + 1));
        Rectangle r = new Rectangle(x, y, size, size);
        if (free(r, placed)) {
          return r;
        }
      }
    }
    // No room left in the view: stack below everything placed so far.
    int bottom = placed.stream().mapToInt(r -> r.y + r.height).max().orElse(view.y);
    return new Rectangle(view.x, bottom + 2, size, size);
  }

  private static boolean free(Rectangle r, List<Rectangle> placed) {
    for (Rectangle p : placed) {
      if (p.intersects(r)) {
        return false;
      }
    }
    return true;
  }
}
