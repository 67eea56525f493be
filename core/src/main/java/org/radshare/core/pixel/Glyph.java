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

  /** Bright strokes on a darker background, or dark strokes on a lighter one. */
  enum Polarity {
    BRIGHT,
    DARK
  }
}
