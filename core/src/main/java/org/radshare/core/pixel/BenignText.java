/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether burned-in text is one of the harmless annotations scanners and viewers draw:
 * orientation and laterality letters, scale bars and distances, window/level, image, slice, series
 * and frame counters, zoom, exposure (kV, mA, mAs), MR timing (TR, TE, TI, flip), ultrasound depth,
 * gain, frequency, MI/TIs and probe names, body-position words, sequence and protocol words, and
 * ruler ticks (the vocabulary is {@link OverlayVocabulary}).
 *
 * <p>The rule: text is benign when the whole of it, in at least one of its readings (as read, or
 * with the usual OCR confusions undone: O/0, l/I/1/|, S/5, B/8, Z/2, rn/m), is a sequence of such
 * items (or is a lone number of one or two digits) and none of the following is anywhere in it: a
 * date (two separators, or a month name), a time of day ({@code 12:30}), a run of five or more
 * digits, a counter whose current value exceeds its total ({@code 12/05} is a date, not image 12 of
 * 5), or a bare fraction whose total is not a three-digit number (so {@code 3/12} and {@code 5/60},
 * which read as dates, stay unknown while {@code 57/120} is a counter). A single unexplained word
 * makes the text unknown. Confidence and coverage of the reading are judged by the caller ({@link
 * RegionClassifier}).
 */
final class BenignText {
  private static final String NUM = "[-+]?\\d{1,4}(?:[.,]\\d{1,3})?";
  private static final String UNIT = OverlayVocabulary.UNIT;
  private static final String SEP = "(?:\\s*[:=#.]?\\s*)";

  private static final String ITEM =
      String.join(
          "|",
          // A lone orientation letter, possibly inside a lead marker's frame.
          "[\\[(|]?[lraphfsi][\\])|]?",
          // Orientation pairs printed at an MPR edge or a rotated view (R/L, A-P).
          "[lraphfsi]\\s?[/\\-]\\s?[lraphfsi]",
          NUM + "\\s?" + UNIT,
          UNIT,
          OverlayVocabulary.LABEL + SEP + NUM + "(?:\\s?" + UNIT + ")?",
          OverlayVocabulary.COUNTER + SEP + "\\d{1,4}(?:\\s?(?:/|of)\\s?\\d{1,4})?",
          // A bare counter: only a three-digit total (two digits or four read as month/year).
          "\\d{1,3}\\s?/\\s?\\d{3}",
          "[x×]\\s?\\d{1,2}(?:[.,]\\d{1,2})?",
          "\\d{1,2}(?:[.,]\\d{1,2})?\\s?[x×]",
          "\\d{1,3}(?:[.,]\\d)?\\s?%",
          // Probe names (L12-5, C5-1, 9L4) and reconstruction kernels (B30f, FC13).
          "[a-z]{1,3}\\d{1,2}-\\d{1,2}[a-z]?",
          "\\d[lcp]\\d{1,2}",
          "kernel\\s?[a-z]{1,2}\\d{2}[a-z]{0,2}",
          "[bhiq][a-z]?\\d{2}[fs]",
          // MR diffusion weighting and field strength.
          "b\\s?=?\\s?\\d{1,4}",
          OverlayWords.WORD + "(?:\\s?" + NUM + "\\s?" + UNIT + ")?",
          OverlayVocabulary.AGENT + "(?:\\s?\\d{2,3})?",
          // Angulation of a C-arm projection: RAO 30, LAO 45 CRA 20.
          "(?:rao|lao|cra|cau|cran|caud)\\s?" + NUM + "\\s?°?",
          // Ruler ticks read as a row of strokes.
          "(?:[|!':.]\\s?){3,}");

  private static final Pattern WHOLE =
      Pattern.compile(
          "\\s*(?:" + ITEM + ")(?:[\\s,;/+\\-]+(?:" + ITEM + "))*[\\s,;.]*",
          Pattern.CASE_INSENSITIVE);

  /** Dates (two separators, or a month name), times of day and identifier-length digit runs. */
  private static final Pattern IDENTIFYING =
      Pattern.compile(
          "\\d{5,}"
              + "|\\d{1,4}\\s?[/.\\-]\\s?\\d{1,2}\\s?[/.\\-]\\s?\\d{1,4}"
              + "|\\d{1,2}\\s?:\\s?\\d{2}"
              + "|\\b(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug"
              + "|august|sep|sept|september|oct|october|nov|november|dec|december)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Any fraction: current value and total of a counter. */
  private static final Pattern FRACTION = Pattern.compile("(\\d{1,4})\\s?(?:/|of)\\s?(\\d{1,4})");

  /**
   * A number of one or two digits standing alone (a ruler label, an echo or phase number): too
   * short to identify anyone. Beside other items it is not accepted, so "12 05" stays unknown.
   */
  private static final Pattern LONE_NUMBER = Pattern.compile("\\s*[-+]?\\d{1,2}\\s*");

  private BenignText() {}

  /** Whether all of {@code text} is harmless annotation (confidence is judged by the caller). */
  static boolean isBenign(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return false;
    }
    Set<String> readings = readings(t);
    // A date or ID in any reading is enough: undoing a confusion never clears identifying text.
    if (readings.stream().anyMatch(r -> IDENTIFYING.matcher(r).find())) {
      return false;
    }
    return readings.stream().anyMatch(BenignText::acceptable);
  }

  private static boolean acceptable(String t) {
    if (LONE_NUMBER.matcher(t).matches()) {
      return true;
    }
    if (!WHOLE.matcher(t).matches()) {
      return false;
    }
    Matcher m = FRACTION.matcher(t);
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text as read and with OCR confusions undone: letters beside digits read as digits, digits
   * inside words read as letters, and {@code rn} read as {@code m} in units.
   */
  static Set<String> readings(String t) {
    Set<String> out = new LinkedHashSet<>();
    out.add(t);
    String symbols = t.replace('|', 'l').replace('§', 's').replace('£', 'e').replace('€', 'e');
    out.add(symbols);
    String digits = digitsBesideDigits(symbols);
    out.add(digits);
    out.add(lettersInWords(symbols));
    out.add(lettersInWords(digits).replace("rn", "m"));
    out.add(digits.replace("rn", "m"));
    // I and l swap places in sans-serif fonts: "lm: 23/120", "W: 400 I: 40".
    out.add(digits.replace('l', 'i'));
    out.add(digits.replace('i', 'l'));
    return out;
  }

  /** Letters that look like digits, read as digits where they touch a digit (4OO, x1S, l2). */
  private static String digitsBesideDigits(String s) {
    char[] c = s.toCharArray();
    for (int pass = 0; pass < 3; pass++) {
      for (int i = 0; i < c.length; i++) {
        boolean near =
            (i > 0 && Character.isDigit(c[i - 1]))
                || (i + 1 < c.length && Character.isDigit(c[i + 1]));
        if (near) {
          c[i] = digitFor(c[i]);
        }
      }
    }
    return new String(c);
  }

  private static char digitFor(char ch) {
    return switch (ch) {
      case 'o', 'd', 'q' -> '0';
      case 'l', 'i', '!' -> '1';
      case 'z' -> '2';
      case 's' -> '5';
      case 'b' -> '8';
      case 'g' -> '6';
      default -> ch;
    };
  }

  /** Digits inside a run of letters read as the letters they resemble (SUP1NE, F0V). */
  private static String lettersInWords(String s) {
    char[] c = s.toCharArray();
    for (int i = 1; i + 1 < c.length; i++) {
      if (Character.isLetter(c[i - 1]) && Character.isLetter(c[i + 1])) {
        c[i] =
            switch (c[i]) {
              case '0' -> 'o';
              case '1' -> 'i';
              case '5' -> 's';
              case '8' -> 'b';
              default -> c[i];
            };
      }
    }
    return new String(c);
  }

  /** Whether the text carries any letter or digit at all (punctuation noise carries nothing). */
  static boolean hasContent(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
