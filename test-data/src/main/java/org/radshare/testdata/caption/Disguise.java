/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.caption;

import java.util.Map;

/** The ways people (deliberately or not) disguise a name in typed text. */
final class Disguise {

  private static final Map<Character, Character> HOMOGLYPHS =
      Map.ofEntries(
          Map.entry('a', 'а'),
          Map.entry('e', 'е'),
          Map.entry('o', 'о'),
          Map.entry('c', 'с'),
          Map.entry('p', 'р'),
          Map.entry('x', 'х'),
          Map.entry('y', 'у'),
          Map.entry('A', 'А'),
          Map.entry('E', 'Е'),
          Map.entry('O', 'О'),
          Map.entry('M', 'М'),
          Map.entry('K', 'К'),
          Map.entry('H', 'Н'),
          Map.entry('T', 'Т'),
          Map.entry('C', 'С'),
          Map.entry('P', 'Р'),
          Map.entry('B', 'В'));

  static final String[] INVISIBLE = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"};

  private Disguise() {}

  /** Replaces up to two Latin letters with Cyrillic look-alikes. */
  static String homoglyphs(String s) {
    StringBuilder b = new StringBuilder(s);
    int done = 0;
    for (int i = 0; i < b.length() && done < 2; i++) {
      Character c = HOMOGLYPHS.get(b.charAt(i));
      if (c != null) {
        b.setCharAt(i, c);
        done++;
      }
    }
    if (done == 0) {
      throw new IllegalArgumentException("no homoglyph for " + s);
    }
    return b.toString();
  }

  /** Puts an invisible character after every second letter-run position. */
  static String invisible(String s, int variant) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      b.append(s.charAt(i));
      if (i % 3 == 1 && i < s.length() - 1) {
        b.append(INVISIBLE[(variant + i) % INVISIBLE.length]);
      }
    }
    return b.toString();
  }

  /** German-style transliteration of umlauts (ü → ue), another way names are typed. */
  static String transliterate(String s) {
    return s.replace("ü", "ue")
        .replace("ö", "oe")
        .replace("ä", "ae")
        .replace("Ü", "Ue")
        .replace("Ö", "Oe")
        .replace("Ä", "Ae");
  }
}
