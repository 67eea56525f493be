/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into text-line candidates: neighbours of one polarity whose heights match, whose
 * tops or bottoms line up and whose gaps are no wider than a character or two. A lone blob is only
 * a candidate when its middle row crosses several strokes (touching letters of one word), so
 * isolated specks and vessels do not become text.
 */
final class TextLineGrouper {
  private static final double MAX_GAP = 2.0;
  private static final double MAX_HEIGHT_RATIO = 2.2;
  private static final int MIN_VERTICAL_GLYPHS = 3;
  private static final int MAX_VERTICAL_TEXT_HEIGHT = 32;
  private static final double ALIGN = 0.3;
  private static final int MIN_LINE_WIDTH = 6;
  private static final int MIN_LINE_AREA = 40;

  private TextLineGrouper() {}

  /**
   * A text-line candidate: the union of its glyphs' boxes.
   *
   * @param vertical whether the line runs top to bottom (a label rotated by a quarter turn)
   * @param extra whether only an extra view ({@link AnalysisViews}) showed it: such a line is kept
   *     only when OCR reads it, so grain a stretch or a downscale turns into blobs is dropped
   */
  record Line(Box box, Glyph.Polarity polarity, int glyphs, boolean vertical, boolean extra) {
    Line(Box box, Glyph.Polarity polarity, int glyphs, boolean vertical) {
      this(box, polarity, glyphs, vertical, false);
    }

    /** This line marked as found only on an extra view. */
    Line asExtra() {
      return new Line(box, polarity, glyphs, vertical, true);
    }
  }

  /**
   * Horizontal lines first; glyphs left over are then tried as vertical lines (side labels rotated
   * by a quarter turn), by running the same rules on the transposed boxes.
   */
  static List<Line> group(List<Glyph> glyphs) {
    List<Glyph> leftOver = new ArrayList<>();
    List<Line> lines = groupHorizontally(glyphs, leftOver);
    List<Glyph> transposed = new ArrayList<>();
    for (Glyph g : leftOver) {
      // No middle-row runs: a single rotated blob alone is never taken for a word.
      transposed.add(new Glyph(transpose(g.box()), g.polarity(), g.pixels(), 0));
    }
    for (Line l : groupHorizontally(transposed, new ArrayList<>())) {
      // Side labels are small print: a "rotated line" of a few large blobs is anatomy (organ
      // edges scrolling through a clip), not text.
      if (l.glyphs() >= MIN_VERTICAL_GLYPHS && l.box().height() <= MAX_VERTICAL_TEXT_HEIGHT) {
        lines.add(new Line(transpose(l.box()), l.polarity(), l.glyphs(), true));
      }
    }
    return lines;
  }

  private static Box transpose(Box b) {
    return new Box(b.y(), b.x(), b.height(), b.width());
  }

  private static List<Line> groupHorizontally(List<Glyph> glyphs, List<Glyph> leftOver) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingInt((Glyph g) -> g.box().x()));
    int n = sorted.size();
    Components.Sets parent = new Components.Sets(n);
    for (int i = 0; i < n; i++) {
      Box a = sorted.get(i).box();
      int reach = a.right() + (int) Math.ceil(MAX_GAP * MAX_HEIGHT_RATIO * a.height());
      for (int j = i + 1; j < n && sorted.get(j).box().x() <= reach; j++) {
        if (related(sorted.get(i), sorted.get(j))) {
          parent.union(i, j);
        }
      }
    }
    List<List<Glyph>> sets = new ArrayList<>();
    int[] setOf = new int[n];
    java.util.Arrays.fill(setOf, -1);
    for (int i = 0; i < n; i++) {
      int root = parent.find(i);
      if (setOf[root] < 0) {
        setOf[root] = sets.size();
        sets.add(new ArrayList<>());
      }
      sets.get(setOf[root]).add(sorted.get(i));
    }
    List<Line> lines = new ArrayList<>();
    for (List<Glyph> set : sets) {
      Box box = set.get(0).box();
      for (Glyph g : set) {
        box = box.union(g.box());
      }
      // Specks of anti-aliasing between two lines of text can pair up; real text is larger.
      if (textLike(set) && box.width() >= MIN_LINE_WIDTH && box.area() >= MIN_LINE_AREA) {
        lines.add(new Line(box, set.get(0).polarity(), set.size(), false));
      } else {
        leftOver.addAll(set);
      }
    }
    return lines;
  }

  static boolean related(Glyph g1, Glyph g2) {
    if (g1.polarity() != g2.polarity()) {
      return false;
    }
    Box a = g1.box();
    Box b = g2.box();
    int hMax = Math.max(a.height(), b.height());
    int hMin = Math.min(a.height(), b.height());
    int overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
    if (overlap < 0.5 * hMin) {
      return false;
    }
    int gap = Math.max(a.x(), b.x()) - Math.min(a.right(), b.right());
    if (gap > MAX_GAP * hMax) {
      return false;
    }
    if (hMax > MAX_HEIGHT_RATIO * hMin) {
      // Punctuation and lowercase may be short, but must sit inside the taller glyph's band.
      Box tall = a.height() >= b.height() ? a : b;
      Box small = tall == a ? b : a;
      return small.y() >= tall.y() - ALIGN * hMax && small.bottom() <= tall.bottom() + ALIGN * hMax;
    }
    boolean tops = Math.abs(a.y() - b.y()) <= ALIGN * hMax;
    boolean bottoms = Math.abs(a.bottom() - b.bottom()) <= ALIGN * hMax;
    return tops || bottoms;
  }

  private static boolean textLike(List<Glyph> set) {
    int tallest = 0;
    for (Glyph g : set) {
      tallest = Math.max(tallest, g.box().height());
    }
    int main = 0;
    for (Glyph g : set) {
      if (g.box().height() * MAX_HEIGHT_RATIO >= tallest) {
        main++;
      }
    }
    if (main >= 2) {
      return true;
    }
    // One blob alone: touching letters of a word cross several strokes and are wider than tall.
    Glyph g = set.get(0);
    for (Glyph c : set) {
      if (c.box().height() == tallest) {
        g = c;
      }
    }
    return g.midRuns() >= 3 && g.box().width() >= 1.5 * g.box().height();
  }
}
