/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random, combinable ways of hiding an identifier in typed text: letters spaced or dotted,
 * zero-width characters or emoji between letters, a right-to-left override with the text stored
 * reversed, Cyrillic and Greek look-alikes, random case, full-width letters and digits of other
 * scripts (full-width, Arabic-Indic, Devanagari, Bengali).
 */
final class Obfuscation {

  private static final List<String> TRICKS =
      List.of(
          "spaced", "dotted", "zero-width", "emoji", "rtl-override", "homoglyph", "case", "wide");
  private static final String LATIN = "aceopxyABCEHKMOPTX";
  private static final String CYRILLIC =
      "\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0410\u0412"
          + "\u0421\u0415\u041d\u041a\u041c\u041e\u0420\u0422\u0425";
  private static final String GREEK_FROM = "AEHIKMNOPTXo";
  private static final String GREEK =
      "\u0391\u0395\u0397\u0399\u039a\u039c\u039d\u039f\u03a1" + "\u03a4\u03a7\u03bf";
  private static final String[] EMOJI = {
    "\uD83D\uDE00", "\uD83D\uDD25", "\u2764\uFE0F", "\u2B50", "\uD83E\uDDE0"
  };
  private static final int[] ZEROS = {0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6};

  private Obfuscation() {}

  /** One to three tricks, joined by "+", never spaced and dotted together. */
  static String pickTricks(Random r) {
    List<String> chosen = new ArrayList<>();
    int count = 1 + r.nextInt(3);
    while (chosen.size() < count) {
      String t = TRICKS.get(r.nextInt(TRICKS.size()));
      boolean clash =
          (t.equals("spaced") && chosen.contains("dotted"))
              || (t.equals("dotted") && chosen.contains("spaced"));
      if (!chosen.contains(t) && !clash) {
        chosen.add(t);
      }
    }
    return String.join("+", chosen);
  }

  static String apply(String s, String tricks, Random r) {
    String out = s;
    if (tricks.contains("case")) {
      StringBuilder b = new StringBuilder();
      for (char c : out.toCharArray()) {
        b.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
      out = b.toString();
    } else if (r.nextInt(3) == 0) {
      out = out.toUpperCase(Locale.ROOT);
    }
    if (tricks.contains("homoglyph")) {
      StringBuilder b = new StringBuilder();
      for (char c : out.toCharArray()) {
        int cy = LATIN.indexOf(c);
        int gr = GREEK_FROM.indexOf(c);
        b.append(
            cy >= 0 && r.nextBoolean()
                ? CYRILLIC.charAt(cy)
                : gr >= 0 && r.nextBoolean() ? GREEK.charAt(gr) : c);
      }
      out = b.toString();
    }
    if (tricks.contains("wide")) {
      StringBuilder b = new StringBuilder();
      int zero = ZEROS[r.nextInt(ZEROS.length)];
      for (char c : out.toCharArray()) {
        if (c >= '0' && c <= '9') {
          b.appendCodePoint(zero + (c - '0'));
        } else if (c > ' ' && c <= '~' && r.nextBoolean()) {
          b.appendCodePoint(0xFF01 + (c - '!'));
        } else {
          b.append(c);
        }
      }
      out = b.toString();
    }
    out = between(out, tricks, r);
    if (tricks.contains("rtl-override")) {
      out = "\u202E" + new StringBuilder(out).reverse() + "\u202C";
    }
    return out;
  }

  private static String between(String s, String tricks, Random r) {
    List<String> kinds = new ArrayList<>();
    for (String t : List.of("spaced", "dotted", "zero-width", "emoji")) {
      if (tricks.contains(t)) {
        kinds.add(t);
      }
    }
    if (kinds.isEmpty()) {
      return s;
    }
    int[] cps = s.codePoints().toArray();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cps.length; i++) {
      b.appendCodePoint(cps[i]);
      if (i + 1 == cps.length || cps[i] == ' ' || cps[i + 1] == ' ') {
        continue;
      }
      switch (kinds.get(r.nextInt(kinds.size()))) {
        case "spaced" -> b.append(' ');
        case "dotted" -> b.append('.');
        case "zero-width" -> b.append(Disguise.INVISIBLE[r.nextInt(Disguise.INVISIBLE.length)]);
        default -> b.append(EMOJI[r.nextInt(EMOJI.length)]);
      }
    }
    return b.toString();
  }
}
