/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.caption.CaptionScanner;

/** Matching never fails on any text, and its offsets are always usable on the original. */
class PhiMatchingPropertiesTest {

  private static final PhiLexicon CT = PhiLexicon.from(SyntheticHeaders.ct());

  private static void wellFormed(String text, List<PhiMatch> matches) {
    int last = 0;
    for (PhiMatch m : matches) {
      assertThat(m.start()).isGreaterThanOrEqualTo(last);
      assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
      last = m.end();
    }
  }

  @Property(tries = 300)
  void anyTextIsScannedSafely(@ForAll @Size(max = 300) String text) {
    wellFormed(text, CT.find(text));
    wellFormed(text, SafeHarborPatterns.find(text));
    for (CaptionFinding f : CaptionScanner.scan(text, CT)) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
    }
  }

  @Property(tries = 300)
  void captionLikeTextIsScannedSafely(@ForAll("captionish") String text) {
    wellFormed(text, CT.find(text));
    wellFormed(text, SafeHarborPatterns.find(text));
  }

  @Provide
  Arbitrary<String> captionish() {
    Arbitrary<String> word =
        Arbitraries.of(
            "John",
            "DOE",
            "Doe,",
            "J.",
            "E421",
            "-",
            "280",
            "644",
            "2024",
            "03",
            "/",
            "05",
            "March",
            "5th",
            "14:32",
            "#FOAMrad",
            "@x",
            "Parkinson's",
            "disease",
            "\u200B",
            "О",
            "£",
            "95",
            "yo",
            "Main",
            "Street",
            "12",
            "mm",
            "🙂",
            "山田",
            "太郎",
            "https://x.org/1234",
            "a@b.co",
            "(217)",
            "555-0134",
            "\n",
            "",
            "'",
            "^");
    return word.list().ofMaxSize(40).map(ws -> String.join(" ", ws));
  }

  @Property(tries = 200)
  void invisibleCharactersDoNotHideAName(@ForAll("invisibles") String invisible) {
    String text = "seen J" + invisible + "ohn D" + invisible + "oe today";
    List<PhiMatch> m = CT.find(text);
    assertThat(m).hasSize(1);
    assertThat(text.substring(m.get(0).start(), m.get(0).end()))
        .startsWith("J")
        .endsWith("oe")
        .contains(invisible);
  }

  @Provide
  Arbitrary<String> invisibles() {
    return Arbitraries.of(
            "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u034F", "\u180E",
            "\u202A", "\u202C", "\u2066", "\u2069", "\uFE0F")
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(l -> String.join("", l));
  }

  @Property(tries = 100)
  void lexiconMatchesAreStableUnderCaseChanges(@ForAll boolean upper) {
    String text = upper ? "PT JOHN DOE, E421-280-644" : "pt john doe, e421-280-644";
    assertThat(CT.find(text))
        .extracting(PhiMatch::category)
        .containsExactly("PatientName", "PatientID");
  }

  @Property(tries = 5)
  void longHostileTextsComplete(@ForAll("hostileUnits") String unit) {
    String text = unit.repeat(20_000 / unit.length());
    wellFormed(text, CT.find(text));
    wellFormed(text, SafeHarborPatterns.find(text));
  }

  @Provide
  Arbitrary<String> hostileUnits() {
    return Arbitraries.of(
        "+1",
        "a@",
        "a.",
        "1 ",
        "john ",
        "doe, ",
        "9-",
        "e421-",
        "www.",
        "12 main ",
        "\u200B",
        "2024-03-",
        "mar 5 ",
        "+12345",
        "x@y.",
        "age 9",
        "#",
        "山");
  }
}
