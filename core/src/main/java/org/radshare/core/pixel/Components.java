/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 8-connected components of a binary mask, and a union-find for grouping them: the plumbing the
 * glyph detector and the final verifier's own detector both need (they differ in what they mark and
 * what they keep, not in how blobs are counted).
 */
final class Components {
  private Components() {}

  /**
   * One component.
   *
   * @param id its label in the label array ({@code 1..n})
   */
  record Component(int id, int minX, int minY, int maxX, int maxY, int pixels) {
    int width() {
      return maxX - minX + 1;
    }

    int height() {
      return maxY - minY + 1;
    }
  }

  /**
   * Labels the components of {@code mask} ({@code w}×{@code h}) into {@code label} (same size,
   * zeros on entry) and returns them in scan order.
   */
  static List<Component> label(boolean[] mask, int w, int h, int[] label) {
    List<Component> out = new ArrayList<>();
    int[] stack = new int[Math.max(16, w * h / 8)];
    int next = 0;
    for (int start = 0; start < mask.length; start++) {
      if (!mask[start] || label[start] != 0) {
        continue;
      }
      next++;
      int minX = w;
      int minY = h;
      int maxX = -1;
      int maxY = -1;
      int count = 0;
      int sp = 0;
      stack[sp++] = start;
      label[start] = next;
      while (sp > 0) {
        int p = stack[--sp];
        int px = p % w;
        int py = p / w;
        count++;
        minX = Math.min(minX, px);
        maxX = Math.max(maxX, px);
        minY = Math.min(minY, py);
        maxY = Math.max(maxY, py);
        for (int dy = -1; dy <= 1; dy++) {
          int ny = py + dy;
          if (ny < 0 || ny >= h) {
            continue;
          }
          for (int dx = -1; dx <= 1; dx++) {
            int nx = px + dx;
            if (nx < 0 || nx >= w) {
              continue;
            }
            int q = ny * w + nx;
            if (mask[q] && label[q] == 0) {
              label[q] = next;
              if (sp == stack.length) {
                stack = Arrays.copyOf(stack, stack.length * 2);
              }
              stack[sp++] = q;
            }
          }
        }
      }
      out.add(new Component(next, minX, minY, maxX, maxY, count));
    }
    return out;
  }

  /** Union-find over {@code 0..n-1}, each set's root its smallest member. */
  static final class Sets {
    private final int[] parent;

    Sets(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int i, int j) {
      int a = find(i);
      int b = find(j);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
}
