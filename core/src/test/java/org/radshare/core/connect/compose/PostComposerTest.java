/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.TestImages;

class PostComposerTest {

  private final MediaItem image = TestImages.png(64, 48, "Axial CT, synthetic phantom");

  private PostDraft draft(String caption) {
    return PostDraft.of(caption, List.of(image))
        .withHashtags(List.of("Radiology"))
        .withLink("https://example.org/case");
  }

  @Test
  void composesCaptionLinkAndTagsAndWarning() {
    PostDraft d = draft("Classic sign.").withContentWarning("Surgical image");
    Preview mastodon = PostComposer.preview(d, PlatformLimits.defaultsFor(Platform.MASTODON));
    assertThat(mastodon.text())
        .isEqualTo("Classic sign.\n\nhttps://example.org/case\n\n#Radiology");
    assertThat(mastodon.spoilerText()).isEqualTo("Surgical image");
    assertThat(mastodon.length()).isEqualTo(14 + 13 + 2 + 23 + 2 + 10);
    Preview bsky = PostComposer.preview(d, PlatformLimits.defaultsFor(Platform.BLUESKY));
    assertThat(bsky.text()).startsWith("CW: Surgical image\n\nClassic sign.");
    assertThat(bsky.fits()).isTrue();
    assertThat(bsky.remaining()).isEqualTo(300 - bsky.length());
  }

  @Test
  void textThatFitsMastodonIsTooLongForX() throws Exception {
    String caption = "胸".repeat(200);
    PostDraft d = PostDraft.of(caption, List.of(image));
    assertThat(PostComposer.preview(d, PlatformLimits.defaultsFor(Platform.MASTODON)).fits())
        .isTrue();
    Preview x = PostComposer.preview(d, PlatformLimits.defaultsFor(Platform.X));
    assertThat(x.length()).isEqualTo(400);
    assertThat(x.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("shorten it by 120"));
    assertThatThrownBy(() -> PostComposer.prepare(d, PlatformLimits.defaultsFor(Platform.X)))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("400 characters on X");
  }

  @Test
  void blueskyByteCapCatchesLongEmojiText() {
    String family = TextCounterTest.FAMILY;
    PostDraft d = PostDraft.of(family.repeat(200), List.of(image));
    Preview p = PostComposer.preview(d, PlatformLimits.defaultsFor(Platform.BLUESKY));
    assertThat(p.length()).isEqualTo(200);
    assertThat(p.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.TEXT_TOO_LONG);
  }

  @Test
  void reportsMissingAltTextTooManyImagesAndBadLink() {
    List<MediaItem> five = Collections.nCopies(5, image.withAltText(" "));
    PostDraft d = PostDraft.of("x", five).withLink("javascript:alert(1)");
    Preview p = PostComposer.preview(d, PlatformLimits.defaultsFor(Platform.MASTODON));
    assertThat(p.problems())
        .extracting(Problem::kind)
        .contains(
            Problem.Kind.INVALID_LINK, Problem.Kind.TOO_MANY_IMAGES, Problem.Kind.MISSING_ALT_TEXT);
    assertThat(p.problems().get(1).message())
        .isEqualTo("Mastodon takes at most 4 images per post; remove 1.");
  }

  @Test
  void emptyPostIsRejected() {
    PostDraft d = PostDraft.of(" ", List.of());
    assertThatThrownBy(() -> PostComposer.prepare(d, PlatformLimits.defaultsFor(Platform.X)))
        .hasMessage("The post is empty; add a caption or an image.");
  }

  @Test
  void oversizedImageIsReencodedToFitBlueskysCap() throws Exception {
    MediaItem big = TestImages.noisyPng(900, 700, "Noise", 7);
    assertThat(big.size()).isGreaterThan(1_000_000);
    PostDraft ready =
        PostComposer.prepare(
            PostDraft.of("x", List.of(big)), PlatformLimits.defaultsFor(Platform.BLUESKY));
    MediaItem sent = ready.images().get(0);
    assertThat(sent.size()).isLessThanOrEqualTo(1_000_000);
    assertThat(sent.mimeType()).isEqualTo("image/jpeg");
    assertThat(sent.altText()).isEqualTo("Noise");
    assertThat(ImageFitterTest.hasNoAppSegmentOrComment(sent.bytes())).isTrue();
  }
}
