/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonReader;

/**
 * Generated headers and generated obfuscations of their identifiers — letters spaced or dotted,
 * zero-width characters, emoji between letters, a right-to-left override, homoglyphs, case, other
 * digit scripts and full-width forms, up to three at once: each is found in every field that leaves
 * with a post.
 */
class TextScreenPropertiesTest {

  /** One way of hiding an identifier. */
  enum Trick {
    CASE,
    HOMOGLYPH,
    WIDE,
    ZERO_WIDTH,
    EMOJI,
    SPACED,
    DOTTED,
    BIDI
  }

  private static final List<String> SYLLABLES =
      List.of(
          "ka", "lo", "mi", "ren", "tas", "vo", "bri", "zel", "dun", "fa", "gor", "hul", "jin",
          "sto", "wex", "yar", "pel", "nor", "dri", "osk", "ulm", "thep", "zav");

  private static final String LATIN = "aceopxyABCEHKMOPTX";
  private static final String LOOK_ALIKE = "асеорхуАВСЕНКМОРТХ"; // Cyrillic
  private static final String GREEK_FROM = "AEHIKMNOPTXo";
  private static final String GREEK = "ΑΕΗΙΚΜΝΟΡΤΧο";
  private static final String[] INVISIBLE = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"};
  private static final String[] EMOJI = {"\uD83D\uDE00", "\uD83D\uDD25", "\u2764\uFE0F", "\u2B50"};
  private static final int[] DIGIT_ZEROS = {0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6};

  /** A header's patient and the identifier a caption leaks, as typed, before any trick. */
  record Leak(String family, String given, String id, int form, Set<Trick> tricks, long seed) {
    String plain() {
      return switch (form) {
        case 0 -> family;
        case 1 -> given + " " + family;
        default -> id;
      };
    }
  }

  @Provide
  Arbitrary<Leak> leaks() {
    Arbitrary<String> word =
        Arbitraries.of(SYLLABLES)
            .list()
            .ofMinSize(2)
            .ofMaxSize(3)
            .map(l -> String.join("", l))
            .filter(w -> w.length() >= 5);
    Arbitrary<String> id =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .numeric()
                .ofMinLength(8)
                .ofMaxLength(10)
                .filter(s -> s.charAt(0) != '0'),
            Arbitraries.strings()
                .withCharRange('A', 'Z')
                .ofLength(2)
                .flatMap(p -> Arbitraries.strings().numeric().ofLength(7).map(d -> p + d)));
    Arbitrary<Set<Trick>> tricks = Arbitraries.of(Trick.class).set().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(
            word, word, id, Arbitraries.integers().between(0, 2), tricks, Arbitraries.longs())
        .as(Leak::new)
        .filter(l -> !(l.tricks().contains(Trick.SPACED) && l.tricks().contains(Trick.DOTTED)));
  }

  @Property(tries = 300)
  void everyObfuscationIsFoundInEveryFieldThatLeaves(@ForAll("leaks") Leak leak) {
    TextScreen screen = TextScreen.forHeaders(List.of(header(leak)));
    String typed = obfuscate(leak.plain(), leak.tricks(), new Random(leak.seed()));
    for (FieldKind kind : FieldKind.values()) {
      FieldFindings found = screen.screen(new OutgoingText(kind, 1, "Case: " + typed + " today"));
      assertThat(found.clean())
          .as("%s %s in %s: %s", leak.plain(), leak.tricks(), kind, typed)
          .isFalse();
    }
  }

  private static Dataset header(Leak l) {
    String json =
        "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"%s^%s\"}]},"
            + "\"00100020\":{\"vr\":\"LO\",\"Value\":[\"%s\"]}}";
    try {
      return DicomJsonReader.read(
          json.formatted(
              l.family().toUpperCase(Locale.ROOT), l.given().toUpperCase(Locale.ROOT), l.id()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Character substitutions first, then insertions between characters, then the override. */
  static String obfuscate(String s, Set<Trick> tricks, Random r) {
    String out = tricks.contains(Trick.CASE) ? randomCase(s, r) : titleCase(s);
    if (tricks.contains(Trick.HOMOGLYPH)) {
      out = substitute(out, r);
    }
    if (tricks.contains(Trick.WIDE)) {
      out = wide(out, r);
    }
    EnumSet<Trick> between = EnumSet.noneOf(Trick.class);
    for (Trick t : List.of(Trick.ZERO_WIDTH, Trick.EMOJI, Trick.SPACED, Trick.DOTTED)) {
      if (tricks.contains(t)) {
        between.add(t);
      }
    }
    if (!between.isEmpty()) {
      out = insertBetween(out, between, r);
    }
    if (tricks.contains(Trick.BIDI)) {
      out = "\u202E" + new StringBuilder(out).reverse() + "\u202C";
    }
    return out;
  }

  private static String randomCase(String s, Random r) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return b.toString();
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    boolean start = true;
    for (char c : s.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ';
    }
    return b.toString();
  }

  private static String substitute(String s, Random r) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      int cyr = LATIN.indexOf(c);
      int gr = GREEK_FROM.indexOf(c);
      if (cyr >= 0 && r.nextInt(2) == 0) {
        b.append(LOOK_ALIKE.charAt(cyr));
      } else if (gr >= 0 && r.nextInt(2) == 0) {
        b.append(GREEK.charAt(gr));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Full-width letters and digits of other scripts (Arabic-Indic, Devanagari, full-width…). */
  private static String wide(String s, Random r) {
    StringBuilder b = new StringBuilder();
    int zero = DIGIT_ZEROS[r.nextInt(DIGIT_ZEROS.length)];
    for (char c : s.toCharArray()) {
      if (Character.isDigit(c)) {
        b.appendCodePoint(zero + (c - '0'));
      } else if (c >= '!' && c <= '~' && r.nextBoolean()) {
        b.appendCodePoint(0xFF01 + (c - '!'));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String insertBetween(String s, Set<Trick> between, Random r) {
    List<Trick> kinds = List.copyOf(between);
    StringBuilder b = new StringBuilder();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      b.appendCodePoint(cps[i]);
      if (i + 1 == cps.length || cps[i] == ' ' || cps[i + 1] == ' ') {
        continue;
      }
      switch (kinds.get(r.nextInt(kinds.size()))) {
        case ZERO_WIDTH -> b.append(INVISIBLE[r.nextInt(INVISIBLE.length)]);
        case EMOJI -> b.append(EMOJI[r.nextInt(EMOJI.length)]);
        case SPACED -> b.append(' ');
        default -> b.append('.');
      }
    }
    return b.toString();
  }
}
