/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "John DOE|john doe",
        "Zoë Müller|zoe muller",
        "Straße|strasse",
        "ＪＯＨＮ　ＤＯＥ|john doe",
        "Jo\u200Bhn\u200C D\u200Doe\uFEFF|john doe",
        "J\u00ADohn|john",
        "Jοhn (Greek omicron)|john (greek omicron)",
        "Јоhn (Cyrillic J, o)|john (cyrillic j, o)",
        "ΗΕΝRΥ (Greek capitals)|henry (greek capitals)",
        "ﬁnding|finding",
        "e\u0301cole|ecole",
        "\u202Eeod nhoj|eod nhoj",
        "O’Brien|o'brien",
        "E421–280–644|e421-280-644",
        "①②|12",
        "山田太郎|山田太郎",
      })
  void normalises(String in, String expected) {
    assertThat(TextNormalizer.normalizeText(in)).isEqualTo(expected);
  }

  @Test
  void mapsEveryNormalisedCharBackToItsOriginalSpan() {
    String original = " Ｊ\u200Bo\u0301hn  Dße";
    TextNormalizer.Normalized n = TextNormalizer.normalize(original);
    assertThat(n.text()).isEqualTo("john dsse");
    // "john" covers the fullwidth J, the zero-width space and the combining accent
    assertThat(original.substring(n.originalStart(0), n.originalEnd(4)))
        .isEqualTo("Ｊ\u200Bo\u0301hn");
    // "ss" both map to the single ß
    assertThat(original.substring(n.originalStart(6), n.originalEnd(8))).isEqualTo("ß");
    assertThat(original.substring(n.originalStart(5), n.originalEnd(9))).isEqualTo("Dße");
    assertThat(n.isUpperCaseInOriginal(5)).isTrue();
    assertThat(n.isUpperCaseInOriginal(1)).isFalse();
  }

  @Test
  void handlesSurrogatePairsAndEmptyInput() {
    String original = "😀 𝐉𝐨𝐡𝐧";
    TextNormalizer.Normalized n = TextNormalizer.normalize(original);
    assertThat(n.text()).isEqualTo("😀 john");
    int j = n.text().indexOf('j');
    assertThat(original.substring(n.originalStart(j), n.originalEnd(j + 4))).isEqualTo("𝐉𝐨𝐡𝐧");
    assertThat(TextNormalizer.normalize("").text()).isEmpty();
    assertThat(TextNormalizer.normalize(null).text()).isEmpty();
    assertThat(TextNormalizer.normalize("\u200B\u200B").text()).isEmpty();
    assertThat(TextNormalizer.normalizeText("  many \t\u00A0 spaces \n here  "))
        .isEqualTo("many spaces here");
  }
}
