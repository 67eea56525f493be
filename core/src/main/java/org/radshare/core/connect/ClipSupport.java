/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which clip encodings a platform takes from RadShare, and how large each may be. A pure value, so
 * the review dialog can offer only the formats that will work and the composer can refuse the rest
 * before anything is sent. Figures follow docs/platforms.md; a platform whose clip upload is not
 * documented there takes no clips (fail closed).
 *
 * @param platform the platform described
 * @param maxMp4Bytes largest MP4 (H.264) clip, or 0 when the platform takes no MP4 from RadShare
 * @param maxGifBytes largest animated GIF, or 0 when the platform takes no GIF from RadShare
 * @param maxAltTextLength characters of alt text on a clip
 */
public record ClipSupport(
    Platform platform, long maxMp4Bytes, long maxGifBytes, int maxAltTextLength) {

  public static final String MP4 = "video/mp4";
  public static final String GIF = "image/gif";

  public ClipSupport {
    Objects.requireNonNull(platform, "platform");
    if (maxMp4Bytes < 0 || maxGifBytes < 0 || maxAltTextLength <= 0) {
      throw new IllegalArgumentException("clip limits must not be negative");
    }
  }

  /** The documented clip support of a platform (the outbox takes Mastodon's by default). */
  public static ClipSupport defaultsFor(Platform platform) {
    return switch (platform) {
      // Video: video_size_limit; a GIF counts as an image (image_size_limit), made MP4 on upload.
      case MASTODON, OUTBOX -> new ClipSupport(platform, 103_809_024L, 16_777_216L, 1500);
      // tweet_video at most 512 MB; animated GIF (tweet_gif) at most 15 MB.
      case X -> new ClipSupport(platform, 512L * 1024 * 1024, 15L * 1024 * 1024, 1000);
      // Video blob: 50 MB on Bluesky's hosting (lexicon allows 100 MB); no GIF embed exists.
      // Video alt text: at most 1000 graphemes in app.bsky.embed.video.
      case BLUESKY -> new ClipSupport(platform, 50_000_000L, 0, 1000);
      // GIF through the Images API like any image; MP4 needs the undocumented Videos API.
      case LINKEDIN -> new ClipSupport(platform, 0, 8_000_000L, 4086);
      // Video upload is not documented for RadShare and needs Meta's app review.
      case FACEBOOK -> new ClipSupport(platform, 0, 0, 1000);
    };
  }

  /** Whether the platform takes an MP4 clip. */
  public boolean acceptsMp4() {
    return maxMp4Bytes > 0;
  }

  /** Whether the platform takes an animated GIF clip. */
  public boolean acceptsGif() {
    return maxGifBytes > 0;
  }

  /** Whether the platform takes a clip of this type ({@code video/mp4} or {@code image/gif}). */
  public boolean accepts(String mimeType) {
    return maxBytes(mimeType) > 0;
  }

  /** Whether the platform takes clips at all. */
  public boolean acceptsClips() {
    return acceptsMp4() || acceptsGif();
  }

  /** The clip types the platform takes, MP4 first; empty when it takes none. */
  public List<String> mimeTypes() {
    List<String> types = new ArrayList<>();
    if (acceptsMp4()) {
      types.add(MP4);
    }
    if (acceptsGif()) {
      types.add(GIF);
    }
    return List.copyOf(types);
  }

  /** The byte cap for a clip of this type, or 0 when the platform does not take it. */
  public long maxBytes(String mimeType) {
    return switch (mimeType) {
      case MP4 -> maxMp4Bytes;
      case GIF -> maxGifBytes;
      default -> 0;
    };
  }

  /**
   * Why a clip of this type cannot go to the platform, as one sentence saying what to do instead;
   * empty when the platform takes it.
   */
  public Optional<String> refusal(String mimeType) {
    if (accepts(mimeType)) {
      return Optional.empty();
    }
    String name = platform.displayName();
    if (!acceptsClips()) {
      return Optional.of(
          switch (platform) {
            case FACEBOOK ->
                "Facebook Page posts from RadShare cannot carry clips yet (video upload needs"
                    + " Meta's app review); share a still image, or post the clip elsewhere.";
            default ->
                name + " posts from RadShare cannot carry clips; share a still image instead.";
          });
    }
    return Optional.of(
        switch (platform) {
          case BLUESKY -> "Bluesky does not play GIFs; share the clip as MP4.";
          case LINKEDIN ->
              "LinkedIn clips must be GIF in RadShare for now (LinkedIn's video upload is not"
                  + " supported yet); share the clip as GIF.";
          default ->
              "%s does not take %s clips from RadShare; share the clip as %s."
                  .formatted(name, label(mimeType), label(mimeTypes().get(0)));
        });
  }

  /** The same support described for another platform (the outbox's target shape). */
  public ClipSupport forPlatform(Platform other) {
    return new ClipSupport(other, maxMp4Bytes, maxGifBytes, maxAltTextLength);
  }

  private static String label(String mimeType) {
    return GIF.equals(mimeType) ? "GIF" : MP4.equals(mimeType) ? "MP4" : mimeType;
  }
}
