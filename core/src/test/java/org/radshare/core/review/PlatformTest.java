package org.radshare.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformTest {

  @Test
  void linksCostTwentyThreeWherePlatformsShortenThem() {
    String text = "See https://example.org/a/very/long/path/to/a/case/report/12345 now";
    assertThat(Platform.MASTODON.length(text)).isEqualTo(4 + 23 + 4);
    assertThat(Platform.X.length(text)).isEqualTo(4 + 23 + 4);
    assertThat(Platform.BLUESKY.length(text)).isEqualTo(text.length());
  }

  @Test
  void xWeighsCjkAndEmojiDouble() {
    assertThat(Platform.X.length("abc")).isEqualTo(3);
    assertThat(Platform.X.length("肺炎")).isEqualTo(4);
    assertThat(Platform.X.length("🫁")).isEqualTo(2);
  }

  @Test
  void graphemesCountCombinedCharactersOnce() {
    assertThat(Platform.BLUESKY.length("e\u0301")).isEqualTo(1);
    assertThat(Platform.LINKEDIN.length("e\u0301")).isEqualTo(2);
    assertThat(Platform.MASTODON.remaining("")).isEqualTo(500);
    assertThat(Platform.X.remaining("x".repeat(281))).isEqualTo(-1);
  }
}
