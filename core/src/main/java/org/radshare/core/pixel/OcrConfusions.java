/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Readings of OCR text with the usual overlay misreads undone (£ for E, | for I, O for 0 in a
 * number…), so an identifier read slightly wrong still reaches the PHI matcher in a form it knows.
 * The matcher is approximate as well; this only removes confusions it cannot guess.
 */
final class OcrConfusions {
  private OcrConfusions() {}

  static List<String> variants(String text) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    out.add(text);
    String symbols =
        text.replace('£', 'E')
            .replace('€', 'E')
            .replace('§', 'S')
            .replace('|', 'I')
            .replace('¢', 'c')
            .replace('©', 'O')
            .replace('®', 'R');
    out.add(symbols);
    out.add(digitsInNumbers(symbols));
    return List.copyOf(out);
  }

  /** Letters that look like digits, replaced where they sit next to a digit. */
  private static String digitsInNumbers(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      boolean nearDigit =
          (i > 0 && Character.isDigit(c[i - 1]))
              || (i + 1 < c.length && Character.isDigit(c[i + 1]));
      if (nearDigit) {
        c[i] =
            switch (c[i]) {
              case 'O', 'o', 'D', 'Q' -> '0';
              case 'I', 'l', 'i', '|' -> '1';
              case 'Z', 'z' -> '2';
              case 'S', 's' -> '5';
              case 'B' -> '8';
              case 'G' -> '6';
              case 'T' -> '7';
              default -> c[i];
            };
      }
    }
    return new String(c);
  }
}
