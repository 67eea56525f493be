/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

/**
 * Approximate comparison of a lexicon value with text that OCR (or a hurried typist) produced.
 *
 * <p>Both sides are first folded through the confusions overlay OCR makes most (O/0/Q, l/1/I/|/!,
 * S/5/$, B/8, Z/2, G/6, rn/m, vv/w, £/€/E); then a bounded optimal-string-alignment distance
 * (substitution, insertion, deletion, adjacent transposition) is compared with a budget that grows
 * with length: exact below 4 characters, 1 edit for 4–7, 2 edits from 8 on.
 */
final class OcrTolerance {

  private OcrTolerance() {}

  /** Edits allowed for a value of {@code length} folded characters. */
  static int budget(int length) {
    if (length < 4) {
      return 0;
    }
    return length < 8 ? 1 : 2;
  }

  /** Folds OCR-confusable characters to one representative each. Input is normalised text. */
  static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
      if (c == 'r' && next == 'n') {
        sb.append('m');
        i++;
        continue;
      }
      if (c == 'v' && next == 'v') {
        sb.append('w');
        i++;
        continue;
      }
      sb.append(
          switch (c) {
            case '0', 'q' -> 'o';
            case '1', 'i', '|', '!' -> 'l';
            case '5', '$' -> 's';
            case '8' -> 'b';
            case '2' -> 'z';
            case '6' -> 'g';
            case '£', '€' -> 'e';
            default -> c;
          });
    }
    return sb.toString();
  }

  /**
   * True if {@code candidate} is within the length budget of {@code value} once both are folded.
   */
  static boolean matches(String value, String candidate) {
    return matches(value, candidate, budget(value.length()));
  }

  static boolean matches(String value, String candidate, int maxEdits) {
    if (value.equals(candidate)) {
      return true;
    }
    String a = fold(value);
    String b = fold(candidate);
    return distanceAtMost(a, b, maxEdits);
  }

  /** Optimal string alignment distance ≤ {@code max}, in O(len × max) time. */
  static boolean distanceAtMost(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return false;
    }
    if (max == 0) {
      return a.equals(b);
    }
    int n = a.length();
    int m = b.length();
    int big = max + 1;
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      java.util.Arrays.fill(cur, big);
      cur[0] = i;
      int lo = Math.max(1, i - max);
      int hi = Math.min(m, i + max);
      int rowMin = cur[0];
      for (int j = lo; j <= hi; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = Math.min(v, big);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return false;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m] <= max;
  }
}
