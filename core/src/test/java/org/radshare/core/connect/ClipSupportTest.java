/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What each platform takes, as the review dialog reads it to offer only what works. */
class ClipSupportTest {

  @Test
  void eachPlatformSaysWhichClipEncodingsItTakes() {
    assertThat(ClipSupport.defaultsFor(Platform.MASTODON).mimeTypes())
        .containsExactly("video/mp4", "image/gif");
    assertThat(ClipSupport.defaultsFor(Platform.X).mimeTypes())
        .containsExactly("video/mp4", "image/gif");
    assertThat(ClipSupport.defaultsFor(Platform.BLUESKY).mimeTypes()).containsExactly("video/mp4");
    assertThat(ClipSupport.defaultsFor(Platform.LINKEDIN).mimeTypes()).containsExactly("image/gif");
    assertThat(ClipSupport.defaultsFor(Platform.FACEBOOK).acceptsClips()).isFalse();
    assertThat(ClipSupport.defaultsFor(Platform.OUTBOX).acceptsMp4()).isTrue();
    assertThat(PlatformLimits.defaultsFor(Platform.BLUESKY).clips().acceptsGif()).isFalse();
  }

  @Test
  void capsFollowThePlatformFacts() {
    ClipSupport x = ClipSupport.defaultsFor(Platform.X);
    assertThat(x.maxBytes("video/mp4")).isEqualTo(512L * 1024 * 1024);
    assertThat(x.maxBytes("image/gif")).isEqualTo(15L * 1024 * 1024);
    assertThat(x.maxBytes("image/png")).isZero();
    assertThat(ClipSupport.defaultsFor(Platform.MASTODON).maxMp4Bytes()).isEqualTo(103_809_024L);
  }

  @Test
  void refusalSaysWhatToDoAndIsEmptyForAcceptedTypes() {
    assertThat(ClipSupport.defaultsFor(Platform.BLUESKY).refusal("video/mp4")).isEmpty();
    assertThat(ClipSupport.defaultsFor(Platform.BLUESKY).refusal("image/gif"))
        .contains("Bluesky does not play GIFs; share the clip as MP4.");
    ClipSupport gifOnly = new ClipSupport(Platform.MASTODON, 0, 1000, 1500);
    assertThat(gifOnly.refusal("video/mp4"))
        .contains("Mastodon does not take MP4 clips from RadShare; share the clip as GIF.");
  }

  @Test
  void rejectsNegativeCapsAndMismatchedPlatforms() {
    assertThatThrownBy(() -> new ClipSupport(Platform.X, -1, 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
    PlatformLimits x = PlatformLimits.defaultsFor(Platform.X);
    assertThatThrownBy(
            () ->
                new PlatformLimits(
                    Platform.X,
                    x.textRule(),
                    280,
                    0,
                    23,
                    4,
                    5_000_000L,
                    0,
                    1000,
                    false,
                    ClipSupport.defaultsFor(Platform.BLUESKY)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
