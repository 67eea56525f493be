/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether burned-in text is one of the harmless annotations every scanner draws:
 * orientation letters, scale bars and distances, window/level, slice and image counters, zoom,
 * slice thickness, exposure (kV, mAs), ultrasound depth, gain, frequency and frame rate, MR timing.
 *
 * <p>The whole text must be made of such items; a single unexplained word makes it unknown. Dates
 * and long digit runs are never benign, because identifiers and birth dates look like that.
 */
final class BenignText {
  private static final String NUM = "-?\\d{1,4}(?:[.,]\\d{1,2})?";
  private static final String UNIT =
      "(?:cm|mm|m|um|µm|mhz|khz|hz|kv|kvp|ma|mas|ms|s|sec|%|db|fps|deg|°|cm/s|mm/s|bpm|mgy|mgy\\*cm)";
  private static final String LABEL =
      "(?:w|ww|l|wl|c|wc|win|lev|tr|te|ti|fa|et|nex|etl|bw|fov|dfov|st|sl|thk|kv|kvp|ma|mas|d|dr"
          + "|g|gn|gain|depth|fr|frq|freq|prf|mi|tis|tib|tic|zoom|z|ctdi|dlp|sp|pitch|rot|ang|cine)";
  private static final String COUNTER =
      "(?:im|img|image|se|ser|series|sl|slice|fr|frame|ph|phase|ec|acq)";
  private static final String ITEM =
      String.join(
          "|",
          // A lone orientation letter, possibly inside a lead marker's frame.
          "[\\[(|]?[lraphfsi][\\])|]?",
          NUM + "\\s?" + UNIT,
          UNIT,
          LABEL + "\\s?[:=]?\\s?" + NUM + "(?:\\s?" + UNIT + ")?",
          COUNTER + "\\s?[:#.]?\\s?\\d{1,4}(?:\\s?(?:/|of)\\s?\\d{1,4})?",
          "\\d{1,4}\\s?/\\s?\\d{2,4}",
          "[x×]\\s?\\d{1,2}(?:[.,]\\d{1,2})?",
          "\\d{1,3}(?:[.,]\\d{1,2})?\\s?[x×]",
          "\\d{1,3}\\s?%");
  private static final Pattern WHOLE =
      Pattern.compile(
          "\\s*(?:" + ITEM + ")(?:[\\s,;]+(?:" + ITEM + "))*\\s*", Pattern.CASE_INSENSITIVE);

  /** Dates (any separator), times of day and digit runs long enough to be an identifier. */
  private static final Pattern IDENTIFYING =
      Pattern.compile(
          "\\d{5,}"
              + "|\\d{1,4}\\s?[/.\\-]\\s?\\d{1,2}\\s?[/.\\-]\\s?\\d{1,4}"
              + "|\\b(?:0?[1-9]|[12]\\d|3[01])\\s?[/.\\-]\\s?(?:0?[1-9]|[12]\\d|3[01])\\b"
              + "|\\d{1,2}:\\d{2}"
              + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b",
          Pattern.CASE_INSENSITIVE);

  private BenignText() {}

  /** Whether all of {@code text} is harmless annotation (confidence is judged by the caller). */
  static boolean isBenign(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || IDENTIFYING.matcher(t).find()) {
      return false;
    }
    return WHOLE.matcher(t).matches();
  }

  /** Whether the text carries any letter or digit at all (punctuation noise carries nothing). */
  static boolean hasContent(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
