/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radshare.core.phi.TextNormalizer;

/**
 * Another reading of typed text, with a map from each of its chars back to the original: how the
 * text looks rather than how it is stored. {@link #bidiReversed} reads a right-to-left override
 * ({@code U+202E}) as displayed, so {@code \u202Eeod enaj} reads {@code jane doe}. {@link
 * #spelledOut} joins letters and digits that were typed one by one: {@code J a n e D o e}, {@code
 * J.A.N.E}, {@code J-a-n-e}, {@code 1 2 3 4 5 6 7 8}, {@code D🙂o🙂e}. Three or more single
 * characters (or pairs) in a row, each separated from the next by one short run of spaces, dots,
 * dashes, symbols or invisible characters, are written together; a wider gap (two spaces, a slash,
 * a comma) inside such a run is read as a word break. The matchers then run on this reading as on
 * any text, and every offset maps back to the original.
 */
record Reading(String text, int[] starts, int[] ends) {

  /**
   * Runs shorter than this are initials ({@code J. D.}) or ordinary letters, not a spelling. Only
   * single characters join ({@code Ms D o e} keeps "Ms"); invisible characters and emoji count as
   * separators here, so {@code K a r\u200De n} is five single letters.
   */
  private static final int MIN_RUN = 3;

  /** The joined reading of {@code original}, or empty when nothing in it is spelled out. */
  static Optional<Reading> spelledOut(String original) {
    return spelledOut(original, false);
  }

  /**
   * Like {@link #spelledOut(String)}, also breaking words where a Title-case spelling meets a
   * capital ({@code J a n e D o e} reads {@code Jane Doe}); empty when that changes nothing. Kept
   * apart because random case ({@code K a R e n}) must still be read as one word.
   */
  static Optional<Reading> spelledOutByCase(String original) {
    Optional<Reading> plain = spelledOut(original, false);
    Optional<Reading> cased = spelledOut(original, true);
    return cased.filter(c -> !c.text().equals(plain.map(Reading::text).orElse("")));
  }

  private static Optional<Reading> spelledOut(String original, boolean byCase) {
    TextNormalizer.Normalized n = TextNormalizer.normalize(hidersAsSeparators(original));
    String s = n.text();
    List<int[]> tokens = tokens(s);
    List<int[]> drop = new ArrayList<>(); // original [from, to) ranges removed or made one space
    List<Boolean> breaks = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (tokens.get(i)[1] - tokens.get(i)[0] > 1) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size()
          && tokens.get(j + 1)[1] - tokens.get(j + 1)[0] == 1
          && joinable(s.substring(tokens.get(j)[1], tokens.get(j + 1)[0]))) {
        j++;
      }
      int count = j - i + 1;
      if (count >= MIN_RUN) {
        String usual = usualGap(s, tokens, i, j);
        int wordStart = i;
        for (int k = i; k < j; k++) {
          int from = n.originalEnd(tokens.get(k)[1]);
          int to = n.originalStart(tokens.get(k + 1)[0]);
          String gap = s.substring(tokens.get(k)[1], tokens.get(k + 1)[0]);
          drop.add(new int[] {from, to});
          boolean wordBreak =
              wordBreak(original.substring(from, to))
                  || (usual.matches("[^\\s\u2022]+") && gap.contains(" ")) // J.A.N.E D.O.E
                  || (byCase
                      && titleCase(original, n, tokens, wordStart, k)
                      && Character.isUpperCase(original.codePointAt(to))); // J a n e D o e
          breaks.add(wordBreak);
          if (wordBreak) {
            wordStart = k + 1;
          }
        }
      }
      i = j + 1;
    }
    if (drop.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(original.length());
    int[] starts = new int[original.length() + 1];
    int[] ends = new int[original.length() + 1];
    int pos = 0;
    for (int d = 0; d <= drop.size(); d++) {
      int until = d < drop.size() ? drop.get(d)[0] : original.length();
      for (; pos < until; pos++) {
        starts[out.length()] = pos;
        ends[out.length()] = pos + 1;
        out.append(original.charAt(pos));
      }
      if (d < drop.size()) {
        if (breaks.get(d)) {
          starts[out.length()] = pos;
          ends[out.length()] = drop.get(d)[1];
          out.append(' ');
        }
        pos = drop.get(d)[1];
      }
    }
    return Optional.of(trimmed(out, starts, ends));
  }

  /** A reading of {@code out}'s text, its maps cut to its length. */
  private static Reading trimmed(StringBuilder out, int[] starts, int[] ends) {
    int len = out.length();
    return new Reading(
        out.toString(), java.util.Arrays.copyOf(starts, len), java.util.Arrays.copyOf(ends, len));
  }

  private static final int RLO = 0x202E;

  /**
   * The text as displayed where a right-to-left override reverses it: each run from {@code U+202E}
   * to the next pop ({@code U+202C}), isolate end, line break or the end is reversed code point by
   * code point. Empty when there is no override.
   */
  static Optional<Reading> bidiReversed(String original) {
    if (original.indexOf(RLO) < 0) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(original.length());
    int[] starts = new int[original.length()];
    int[] ends = new int[original.length()];
    int i = 0;
    while (i < original.length()) {
      int start = original.indexOf(RLO, i);
      int until = start < 0 ? original.length() : start;
      for (; i < until; i++) {
        starts[out.length()] = i;
        ends[out.length()] = i + 1;
        out.append(original.charAt(i));
      }
      if (start < 0) {
        break;
      }
      int end = start + 1;
      while (end < original.length() && "\u202C\u2069\n\r".indexOf(original.charAt(end)) < 0) {
        end++;
      }
      for (int k = end; k > start + 1; ) {
        int cp = original.codePointBefore(k);
        int from = k - Character.charCount(cp);
        for (int c = from; c < k; c++) {
          starts[out.length()] = from;
          ends[out.length()] = k;
          out.append(original.charAt(c));
        }
        k = from;
      }
      i = end;
    }
    return Optional.of(trimmed(out, starts, ends));
  }

  /**
   * The smallest original span [start, end) covering chars [from, to) of this reading (reversed
   * runs map to decreasing offsets, so every char is looked at).
   */
  int[] originalSpan(int from, int to) {
    if (starts.length == 0) {
      return new int[] {0, 0};
    }
    int lo = Integer.MAX_VALUE;
    int hi = 0;
    for (int i = Math.max(0, from); i < Math.min(to, starts.length); i++) {
      lo = Math.min(lo, starts[i]);
      hi = Math.max(hi, ends[i]);
    }
    if (lo == Integer.MAX_VALUE) {
      int at = from >= starts.length ? ends[ends.length - 1] : starts[Math.max(0, from)];
      return new int[] {at, at};
    }
    return new int[] {lo, hi};
  }

  /** This reading of {@code outer}'s text as a reading of {@code outer}'s original. */
  Reading through(Reading outer) {
    int[] s = new int[starts.length];
    int[] e = new int[ends.length];
    for (int i = 0; i < starts.length; i++) {
      int[] span = outer.originalSpan(starts[i], ends[i]);
      s[i] = span[0];
      e[i] = span[1];
    }
    return new Reading(text, s, e);
  }

  /**
   * {@code original} with invisible characters and emoji replaced by bullets, char for char (same
   * offsets): between spelled letters they are separators ({@code K a\u200Br e n}), although the
   * normaliser would glue the letters around them into one token.
   */
  private static String hidersAsSeparators(String original) {
    char[] c = original.toCharArray();
    boolean previousHider = false;
    for (int i = 0; i < c.length; ) {
      int cp = original.codePointAt(i);
      int len = Character.charCount(cp);
      boolean hider = TextNormalizer.hidesWord(cp); // not circles: they read as the letter o
      if (hider) {
        // One visible separator per run of hiders (an emoji with its variation selector), not a
        // space: K.a.r\u200De.n stays one word. The rest become invisible and are dropped.
        for (int k = i; k < i + len; k++) {
          c[k] = k == i && !previousHider ? '\u2022' : '\u200B';
        }
      }
      previousHider = hider;
      i += len;
    }
    return new String(c);
  }

  /** The [start, end) of every run of letters and digits in normalised text. */
  private static List<int[]> tokens(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      out.add(new int[] {start, i});
    }
    return out;
  }

  /** One short separator: up to 3 code points, no sentence punctuation or apostrophe. */
  private static boolean joinable(String gap) {
    return !gap.isEmpty()
        && gap.codePointCount(0, gap.length()) <= 3
        && !gap.matches(".*[,;:!?()\\[\\]{}\"'\u2019].*"); // D o e's: the s is no letter of it
  }

  /** True if the spelled letters of tokens [from, to] are written Title case: Jane, not jANe. */
  private static boolean titleCase(
      String original, TextNormalizer.Normalized n, List<int[]> tokens, int from, int to) {
    if (to - from < 1) {
      return false;
    }
    for (int k = from; k <= to; k++) {
      int cp = original.codePointAt(n.originalStart(tokens.get(k)[0]));
      if (k == from ? !Character.isUpperCase(cp) : !Character.isLowerCase(cp)) {
        return false;
      }
    }
    return true;
  }

  /** The separator most used between the spelled characters of tokens [from, to]. */
  private static String usualGap(String s, List<int[]> tokens, int from, int to) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    String best = "";
    for (int k = from; k < to; k++) {
      String gap = s.substring(tokens.get(k)[1], tokens.get(k + 1)[0]);
      int c = counts.merge(gap, 1, Integer::sum);
      if (c > counts.getOrDefault(best, 0)) {
        best = gap;
      }
    }
    return best;
  }

  /**
   * Two spaces, a slash or a bar between spelled letters separate two words, and so does a capital
   * after a small letter ({@code K a r e n D o e} reads {@code Karen Doe}).
   */
  private static boolean wordBreak(String originalGap) {
    return originalGap.matches("(?s).*(\\s\\s|/|\\|).*");
  }
}
