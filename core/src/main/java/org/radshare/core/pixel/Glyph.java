/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

/**
 * One connected blob of strokes that stands out from its surroundings and is sized like a character
 * (or several touching characters).
 *
 * @param polarity whether the strokes are brighter or darker than the background
 * @param pixels how many stroke pixels the blob has
 * @param midRuns separate stroke runs crossed by the blob's middle row (≥3 suggests several
 *     letters)
 */
record Glyph(Box box, Polarity polarity, int pixels, int midRuns) {

  /**
   * How the strokes differ from their background: brighter (white, yellow, cyan text on a dark
   * frame), darker (ink on a light page) or more colourful (any coloured text over grey anatomy,
   * whatever its brightness). Each defines an ink strength per pixel; strokes are ridges of it.
   */
  enum Polarity {
    BRIGHT,
    DARK,
    COLOUR;

    /** Ink strength of an RGB pixel, 0–255, higher where this polarity's strokes are. */
    int ink(int rgb) {
      int r = (rgb >> 16) & 255;
      int g = (rgb >> 8) & 255;
      int b = rgb & 255;
      int max = Math.max(r, Math.max(g, b));
      int min = Math.min(r, Math.min(g, b));
      return switch (this) {
        case BRIGHT -> max;
        case DARK -> 255 - min;
        case COLOUR -> max - min;
      };
    }
  }
}
