package org.radshare.core.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radshare.core.phi.TextNormalizer;

/**
 * A second reading of typed text with letters and digits that were typed one by one joined up:
 * {@code J a n e D o e}, {@code J.A.N.E}, {@code J-a-n-e}, {@code 1 2 3 4 5 6 7 8}, {@code
 * D🙂o🙂e}. Three or more single characters in a row, each separated from the next by one short
 * run of spaces, dots, dashes, symbols or invisible characters, are written together; a wider gap
 * (two spaces, a slash, a comma) inside such a run is read as a word break. The matchers then run
 * on this reading as on any text, and every offset maps back to the original.
 */
record SpelledOut(String text, int[] starts, int[] ends) {

  /** Runs shorter than this are initials ({@code J. D.}) or ordinary letters, not a spelling. */
  private static final int MIN_RUN = 3;

  /** The joined reading of {@code original}, or empty when nothing in it is spelled out. */
  static Optional<SpelledOut> of(String original) {
    TextNormalizer.Normalized n = TextNormalizer.normalize(original);
    String s = n.text();
    List<int[]> singles = singleChars(s);
    List<int[]> drop = new ArrayList<>(); // original [from, to) ranges removed or made one space
    List<Boolean> breaks = new ArrayList<>();
    int i = 0;
    while (i < singles.size()) {
      int j = i;
      while (j + 1 < singles.size() && joinable(s, singles.get(j)[0], singles.get(j + 1)[0])) {
        j++;
      }
      if (j - i + 1 >= MIN_RUN) {
        for (int k = i; k < j; k++) {
          int from = n.originalEnd(singles.get(k)[0] + 1);
          int to = n.originalStart(singles.get(k + 1)[0]);
          drop.add(new int[] {from, to});
          breaks.add(wordBreak(original.substring(from, to)));
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
    int len = out.length();
    return Optional.of(
        new SpelledOut(
            out.toString(), java.util.Arrays.copyOf(starts, len), java.util.Arrays.copyOf(ends, len)));
  }

  /** The original offset where char {@code i} of this reading begins. */
  int originalStart(int i, int originalLength) {
    return i >= starts.length ? originalLength : starts[i];
  }

  /** The original offset (exclusive) where the range of this reading ending at {@code end} ends. */
  int originalEnd(int end) {
    return end <= 0 ? 0 : ends[Math.min(end, ends.length) - 1];
  }

  /** Positions (in normalised text) of letters and digits standing alone between separators. */
  private static List<int[]> singleChars(String s) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      boolean alone =
          Character.isLetterOrDigit(s.charAt(i))
              && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
              && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)));
      if (alone) {
        out.add(new int[] {i});
      }
    }
    return out;
  }

  /** One short separator between two single characters: up to 3 chars, no sentence punctuation. */
  private static boolean joinable(String s, int a, int b) {
    String gap = s.substring(a + 1, b);
    return !gap.isEmpty()
        && gap.codePointCount(0, gap.length()) <= 3
        && !gap.matches(".*[,;:!?()\\[\\]{}\"].*");
  }

  /** Two spaces, a slash or a bar between spelled letters separate two words. */
  private static boolean wordBreak(String originalGap) {
    return originalGap.matches("(?s).*(\\s\\s|/|\\|).*");
  }
}
