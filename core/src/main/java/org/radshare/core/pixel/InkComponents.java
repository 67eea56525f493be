/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The final verification's own text detector, built to share no blind spot with {@link
 * GlyphDetector}: ink is a step above the local mean (not a ridge between two lower sides, so
 * strokes of any width count) on a view of the image that has been contrast-stretched; blobs are
 * connected components of that binarisation, and lines are rows of blobs of similar height. It
 * reads nothing; {@link FinalVerifier} decides what its lines mean.
 */
final class InkComponents {
  /** A blob of ink. */
  record Blob(Box box, int pixels) {}

  /** A row of blobs of similar height: a text-line candidate. */
  record Row(Box box, int blobs, int textHeight) {}

  private InkComponents() {}

  /**
   * Binarises {@code view} (ink bright, 0–255, {@code w}×{@code h}) within {@code area}: a pixel is
   * ink when it exceeds the mean of the {@code (2r+1)²} window around it by {@code contrast} or by
   * twice the window's standard deviation, whichever is more.
   */
  static boolean[] binarise(int[] view, int w, int h, Box area, int r, int contrast) {
    int aw = area.width();
    int ah = area.height();
    long[] sum = new long[(aw + 1) * (ah + 1)];
    long[] sq = new long[(aw + 1) * (ah + 1)];
    for (int y = 0; y < ah; y++) {
      long rowSum = 0;
      long rowSq = 0;
      for (int x = 0; x < aw; x++) {
        int v = view[(area.y() + y) * w + area.x() + x];
        rowSum += v;
        rowSq += (long) v * v;
        sum[(y + 1) * (aw + 1) + x + 1] = sum[y * (aw + 1) + x + 1] + rowSum;
        sq[(y + 1) * (aw + 1) + x + 1] = sq[y * (aw + 1) + x + 1] + rowSq;
      }
    }
    boolean[] ink = new boolean[aw * ah];
    for (int y = 0; y < ah; y++) {
      int y0 = Math.max(0, y - r);
      int y1 = Math.min(ah, y + r + 1);
      for (int x = 0; x < aw; x++) {
        int x0 = Math.max(0, x - r);
        int x1 = Math.min(aw, x + r + 1);
        long n = (long) (y1 - y0) * (x1 - x0);
        long s = boxSum(sum, aw, x0, y0, x1, y1);
        long q = boxSum(sq, aw, x0, y0, x1, y1);
        double mean = (double) s / n;
        double sd = Math.sqrt(Math.max(0, (double) q / n - mean * mean));
        int v = view[(area.y() + y) * w + area.x() + x];
        ink[y * aw + x] = v - mean > Math.max(contrast, 0.5 * sd);
      }
    }
    return ink;
  }

  private static long boxSum(long[] t, int aw, int x0, int y0, int x1, int y1) {
    int s = aw + 1;
    return t[y1 * s + x1] - t[y0 * s + x1] - t[y1 * s + x0] + t[y0 * s + x0];
  }

  /** 8-connected blobs of {@code ink} (an {@code area}-sized mask), in image coordinates. */
  static List<Blob> blobs(boolean[] ink, Box area, int minHeight, int maxHeight) {
    List<Blob> out = new ArrayList<>();
    int[] label = new int[ink.length];
    for (Components.Component c : Components.label(ink, area.width(), area.height(), label)) {
      int bw = c.width();
      int bh = c.height();
      double fill = (double) c.pixels() / ((long) bw * bh);
      if (bh >= minHeight
          && bh <= maxHeight
          && bw <= 4 * bh
          && c.pixels() >= 6
          && fill >= 0.08
          && (fill <= 0.9 || Math.min(bw, bh) <= 3)) {
        out.add(new Blob(new Box(area.x() + c.minX(), area.y() + c.minY(), bw, bh), c.pixels()));
      }
    }
    return out;
  }

  /**
   * Rows of at least two blobs whose heights are within a factor of two, whose vertical extents
   * overlap by half and whose gaps are at most {@code 1.5} heights.
   */
  static List<Row> rows(List<Blob> blobs) {
    List<Blob> sorted = new ArrayList<>(blobs);
    sorted.sort(Comparator.comparingInt(b -> b.box().x()));
    int n = sorted.size();
    Components.Sets sets = new Components.Sets(n);
    for (int i = 0; i < n; i++) {
      Box a = sorted.get(i).box();
      for (int j = i + 1; j < n && sorted.get(j).box().x() <= a.right() + 3 * a.height(); j++) {
        Box b = sorted.get(j).box();
        int hMax = Math.max(a.height(), b.height());
        int hMin = Math.min(a.height(), b.height());
        int overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        int gap = b.x() - a.right();
        if (hMax <= 2 * hMin && overlap >= 0.5 * hMin && gap <= 1.5 * hMax) {
          sets.union(i, j);
        }
      }
    }
    java.util.Map<Integer, List<Blob>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(sorted.get(i));
    }
    List<Row> out = new ArrayList<>();
    for (List<Blob> set : groups.values()) {
      if (set.size() < 2) {
        continue;
      }
      Box box = set.get(0).box();
      int tallest = 0;
      for (Blob b : set) {
        box = box.union(b.box());
        tallest = Math.max(tallest, b.box().height());
      }
      out.add(new Row(box, set.size(), tallest));
    }
    return out;
  }
}
