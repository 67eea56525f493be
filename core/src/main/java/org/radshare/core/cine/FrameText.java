/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.FrameReader;

/**
 * The text-like content of one frame: the boxes of the glyph lines the OCR-free detector sees, and
 * the exact pixels in and around each. Two frames with equal content show the same text in the same
 * place, so scanning one checks both. Equality compares the pixels themselves, not a hash.
 */
final class FrameText {
  /** Pixels around each line that belong to its content (anti-aliasing, a nearby stroke). */
  static final int PAD = 2;

  private final List<Box> lines;
  private final int[][] pixels;
  private final int hash;

  private FrameText(List<Box> lines, int[][] pixels) {
    this.lines = List.copyOf(lines);
    this.pixels = pixels;
    this.hash = 31 * lines.hashCode() + Arrays.deepHashCode(pixels);
  }

  /** The content of {@code rgb}, a normalized frame. */
  static FrameText of(BufferedImage rgb, FrameReader reader) {
    List<Box> lines = new ArrayList<>(reader.textLines(rgb));
    lines.sort(
        (a, b) -> a.y() != b.y() ? Integer.compare(a.y(), b.y()) : Integer.compare(a.x(), b.x()));
    int[][] pixels = new int[lines.size()][];
    for (int i = 0; i < lines.size(); i++) {
      Box g = lines.get(i).grow(PAD, rgb.getWidth(), rgb.getHeight());
      pixels[i] = rgb.getRGB(g.x(), g.y(), g.width(), g.height(), null, 0, g.width());
    }
    return new FrameText(lines, pixels);
  }

  List<Box> lines() {
    return lines;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrameText t
        && t.hash == hash
        && t.lines.equals(lines)
        && Arrays.deepEquals(t.pixels, pixels);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
