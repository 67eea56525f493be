/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import java.util.List;
import org.radshare.testdata.render.Canvas;
import org.radshare.testdata.render.Ink;

/** Lays out viewer-style text blocks in the corners of a canvas. */
final class Overlay {

  enum Corner {
    TOP_LEFT,
    TOP_RIGHT,
    BOTTOM_LEFT,
    BOTTOM_RIGHT
  }

  private Overlay() {}

  /** Draws {@code lines} stacked in {@code corner}, {@code margin} pixels from the edges. */
  static void corner(Canvas c, Corner corner, Ink ink, int margin, List<Line> lines) {
    int step = c.lineHeight(ink) + Math.max(1, ink.size() / 6);
    boolean top = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT;
    boolean left = corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT;
    int baseline =
        top ? margin + c.ascent(ink) : c.height() - margin - (lines.size() - 1) * step - 3;
    for (Line line : lines) {
      int x = left ? margin : c.width() - margin - c.advance(line.text(), ink);
      draw(c, line, ink, x, baseline);
      baseline += step;
    }
  }

  static void draw(Canvas c, Line line, Ink ink, int x, int baseline) {
    c.draw(line.text(), line.phi(), line.category(), ink, x, baseline, null);
  }
}
