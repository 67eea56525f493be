/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radshare.core.phi.PhiMatch;
import org.radshare.core.phi.PhiMatcher;

/**
 * A stand-in for the real lexicon: finds a fixed set of values case-insensitively, ignoring
 * separators, with one character of tolerance (substitution, insertion or deletion), the way the
 * lexicon must tolerate OCR noise.
 */
final class NamesAndIdsMatcher implements PhiMatcher {
  private final List<String> values;

  NamesAndIdsMatcher(String... values) {
    this.values = List.of(values);
  }

  @Override
  public List<PhiMatch> find(String text) {
    List<PhiMatch> out = new ArrayList<>();
    String t = text.toLowerCase(Locale.ROOT);
    for (String value : values) {
      String v = value.toLowerCase(Locale.ROOT);
      int tolerance = v.length() >= 4 ? 1 : 0;
      for (int start = 0; start < t.length(); start++) {
        for (int len = Math.max(1, v.length() - tolerance);
            len <= v.length() + tolerance && start + len <= t.length();
            len++) {
          if (distance(t.substring(start, start + len), v) <= tolerance) {
            out.add(new PhiMatch(start, start + len, "PatientName"));
            start = start + len;
            break;
          }
        }
      }
    }
    return out;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
