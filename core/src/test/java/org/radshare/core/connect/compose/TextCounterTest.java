/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PlatformLimits;

class TextCounterTest {

  static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
  static final String FLAG_FR = "\uD83C\uDDEB\uD83C\uDDF7";
  static final String THUMB_SKIN = "\uD83D\uDC4D\uD83C\uDFFD";
  static final String E_COMBINING = "e\u0301";
  static final String CJK = "胸部X線";
  static final String LONG_URL = "https://radiology.example.org/teaching/cases/2026/very-long-path";

  @Test
  void graphemesTreatEmojiSequencesAndCombiningMarksAsOne() {
    assertThat(TextCounter.graphemes(FAMILY)).isEqualTo(1);
    assertThat(TextCounter.graphemes(FLAG_FR)).isEqualTo(1);
    assertThat(TextCounter.graphemes(THUMB_SKIN)).isEqualTo(1);
    assertThat(TextCounter.graphemes(E_COMBINING)).isEqualTo(1);
    assertThat(TextCounter.graphemes("a" + E_COMBINING + FAMILY + CJK)).isEqualTo(2 + 1 + 4);
  }

  @Test
  void blueskyCountsGraphemesAndUrlsAsWritten() {
    PlatformLimits bsky = PlatformLimits.defaultsFor(Platform.BLUESKY);
    assertThat(TextCounter.count("", FAMILY + " " + CJK, bsky)).isEqualTo(6);
    assertThat(TextCounter.count("", "see " + LONG_URL, bsky)).isEqualTo(4 + LONG_URL.length());
    assertThat(TextCounter.utf8Bytes(FAMILY)).isEqualTo(25);
  }

  @Test
  void xWeighsCjkAndEmojiTwiceAndUrlsAs23() {
    assertThat(TextCounter.xWeighted("abc")).isEqualTo(3);
    assertThat(TextCounter.xWeighted(CJK)).isEqualTo(2 + 2 + 1 + 2); // 'X' is Latin
    assertThat(TextCounter.xWeighted(FAMILY)).isEqualTo(2);
    assertThat(TextCounter.xWeighted(THUMB_SKIN)).isEqualTo(2);
    assertThat(TextCounter.xWeighted(E_COMBINING)).isEqualTo(1); // NFC: one é
    assertThat(TextCounter.xWeighted("see " + LONG_URL)).isEqualTo(4 + 23);
  }

  @Test
  void mastodonCountsGraphemesOfWarningPlusTextWithUrlsAs23() {
    assertThat(TextCounter.mastodon("", "see " + LONG_URL, 23)).isEqualTo(4 + 23);
    assertThat(TextCounter.mastodon("CW", FAMILY + E_COMBINING + CJK, 23)).isEqualTo(2 + 1 + 1 + 4);
    // A bare domain without a scheme is not shortened.
    assertThat(TextCounter.mastodon("", "example.org/abc", 23)).isEqualTo(15);
    assertThat(TextCounter.mastodon("", "two " + LONG_URL + " " + LONG_URL, 7))
        .isEqualTo(4 + 7 + 1 + 7);
  }

  @Test
  void linkedInAndFacebookCountUtf16Units() {
    PlatformLimits li = PlatformLimits.defaultsFor(Platform.LINKEDIN);
    PlatformLimits fb = PlatformLimits.defaultsFor(Platform.FACEBOOK);
    assertThat(TextCounter.count("", FAMILY, li)).isEqualTo(11);
    assertThat(TextCounter.count("", CJK + E_COMBINING, fb)).isEqualTo(6);
    assertThat(TextCounter.count("", "see " + LONG_URL, li)).isEqualTo(4 + LONG_URL.length());
  }
}
