/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.connect.ClipSupport;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.TestClips;
import org.radshare.core.connect.TestImages;
import org.radshare.core.connect.TextRule;

/** A post has 1–4 stills or exactly one clip, of an encoding the platform takes, under its cap. */
class ClipCompositionTest {

  private final MediaItem mp4 = TestClips.mp4("Scroll through a synthetic CT phantom");
  private final MediaItem gif = TestClips.gif("Synthetic ultrasound loop");
  private final MediaItem still = TestImages.png(64, 48, "Axial CT, synthetic phantom");

  private static ConnectorException refusal(PostDraft draft, Platform platform) {
    return catchThrowableOfType(
        ConnectorException.class,
        () -> PostComposer.prepare(draft, PlatformLimits.defaultsFor(platform)));
  }

  @Test
  void oneClipIsSentAsItIsNeverReencoded() throws Exception {
    PostDraft d = PostDraft.of("Loop", List.of(mp4));
    Preview p = PostComposer.preview(d, PlatformLimits.defaultsFor(Platform.MASTODON));
    assertThat(p.fits()).isTrue();
    assertThat(p.reencoded()).containsExactly(false);
    assertThat(PostComposer.prepare(d, PlatformLimits.defaultsFor(Platform.X)).images())
        .containsExactly(mp4);
  }

  @Test
  void twoClipsAreRefused() {
    ConnectorException e = refusal(PostDraft.of("Loops", List.of(mp4, gif)), Platform.MASTODON);
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.getMessage())
        .isEqualTo("A post can carry only one clip; remove 1 of the 2 clips.");
  }

  @Test
  void aClipWithStillsIsRefused() {
    ConnectorException e = refusal(PostDraft.of("Mixed", List.of(still, gif)), Platform.X);
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.getMessage())
        .isEqualTo("A post carries either images or one clip, not both; post the clip on its own.");
  }

  @Test
  void fourStillsStillFit() {
    PostDraft d = PostDraft.of("Four", List.of(still, still, still, still));
    assertThat(PostComposer.preview(d, PlatformLimits.defaultsFor(Platform.X)).fits()).isTrue();
  }

  @Test
  void encodingsAPlatformDoesNotPlayAreRefusedWithWhatToDoInstead() {
    ConnectorException bskyGif = refusal(PostDraft.of("Loop", List.of(gif)), Platform.BLUESKY);
    assertThat(bskyGif.kind()).isEqualTo(Kind.REJECTED);
    assertThat(bskyGif.getMessage())
        .isEqualTo("Bluesky does not play GIFs; share the clip as MP4.");
    ConnectorException linkedInMp4 = refusal(PostDraft.of("Loop", List.of(mp4)), Platform.LINKEDIN);
    assertThat(linkedInMp4.kind()).isEqualTo(Kind.REJECTED);
    assertThat(linkedInMp4.getMessage())
        .startsWith("LinkedIn clips must be GIF in RadShare for now");
    for (MediaItem clip : List.of(mp4, gif)) {
      ConnectorException fb = refusal(PostDraft.of("Loop", List.of(clip)), Platform.FACEBOOK);
      assertThat(fb.kind()).isEqualTo(Kind.REJECTED);
      assertThat(fb.getMessage())
          .startsWith("Facebook Page posts from RadShare cannot carry clips");
    }
    assertThat(refusal(PostDraft.of("Loop", List.of(gif)), Platform.LINKEDIN)).isNull();
    assertThat(refusal(PostDraft.of("Loop", List.of(mp4)), Platform.BLUESKY)).isNull();
  }

  @Test
  void clipOverThePlatformCapIsTooLargeNotShrunk() {
    MediaItem big = TestClips.opaque("image/gif", 15 * 1024 * 1024 + 1, "Loop");
    ConnectorException e = refusal(PostDraft.of("Loop", List.of(big)), Platform.X);
    assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(e.getMessage())
        .isEqualTo(
            "The GIF clip is 15728641 bytes, over X's limit of 15728640; shorten it or export it"
                + " smaller.");
    // The same bytes fit Mastodon, where a GIF is capped like an image (16 MiB).
    assertThat(refusal(PostDraft.of("Loop", List.of(big)), Platform.MASTODON)).isNull();
  }

  @Test
  void clipAltTextIsRequiredAndLimited() {
    ConnectorException missing =
        refusal(PostDraft.of("Loop", List.of(mp4.withAltText(" "))), Platform.MASTODON);
    assertThat(missing.kind()).isEqualTo(Kind.REJECTED);
    assertThat(missing.getMessage())
        .isEqualTo("The clip has no alt text; describe it for readers who cannot see it.");
    // Bluesky images take any alt text, but its video embed stops at 1000.
    ConnectorException tooLong =
        refusal(PostDraft.of("Loop", List.of(mp4.withAltText("a".repeat(1001)))), Platform.BLUESKY);
    assertThat(tooLong.getMessage())
        .isEqualTo(
            "The alt text of the clip is longer than Bluesky's limit of 1000 characters; shorten"
                + " it.");
    assertThat(
            refusal(
                PostDraft.of("Stills", List.of(still.withAltText("a".repeat(5000)))),
                Platform.BLUESKY))
        .isNull();
  }

  @Test
  void checkClipRefusesDirectUploadsToo() {
    ConnectorException e =
        catchThrowableOfType(
            ConnectorException.class,
            () -> PostComposer.checkClip(gif, PlatformLimits.defaultsFor(Platform.BLUESKY)));
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
  }

  @Test
  void limitsBuiltWithoutClipSupportGetThePlatformDefaults() {
    PlatformLimits limits =
        new PlatformLimits(
            Platform.LINKEDIN, TextRule.UTF16_UNITS, 3000, 0, 0, 4, 8_000_000L, 0, 4086, false);
    assertThat(limits.clips()).isEqualTo(ClipSupport.defaultsFor(Platform.LINKEDIN));
    assertThat(limits.forPlatform(Platform.OUTBOX).clips().platform()).isEqualTo(Platform.OUTBOX);
  }
}
