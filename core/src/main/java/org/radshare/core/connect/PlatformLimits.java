/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.util.Objects;

/**
 * What a platform accepts in one post. Defaults follow docs/platforms.md; Mastodon connectors
 * replace them with the instance's own configuration.
 *
 * @param platform the platform these limits describe
 * @param textRule how text length is counted
 * @param maxTextLength the limit in the units of {@code textRule}
 * @param maxTextBytes a UTF-8 byte cap on the text, or 0 for none
 * @param urlLength how many characters a URL counts as, or 0 when URLs count as written
 * @param maxImages images per post
 * @param maxImageBytes encoded bytes per image; larger images are re-encoded before upload
 * @param maxImagePixels width × height per image, or 0 for no limit
 * @param maxAltTextLength characters of alt text per image
 * @param contentWarnings whether the platform has a content warning or sensitive-media flag
 * @param clips which clip encodings the platform takes and their byte caps
 */
public record PlatformLimits(
    Platform platform,
    TextRule textRule,
    int maxTextLength,
    int maxTextBytes,
    int urlLength,
    int maxImages,
    long maxImageBytes,
    long maxImagePixels,
    int maxAltTextLength,
    boolean contentWarnings,
    ClipSupport clips) {

  /** RadShare never posts more images than this, whatever the platform allows. */
  public static final int MAX_IMAGES_PER_POST = 4;

  public PlatformLimits {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(textRule, "textRule");
    Objects.requireNonNull(clips, "clips");
    if (clips.platform() != platform) {
      throw new IllegalArgumentException("clip support describes another platform");
    }
    if (maxTextLength <= 0 || maxImages <= 0 || maxImageBytes <= 0 || maxAltTextLength <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    maxImages = Math.min(maxImages, MAX_IMAGES_PER_POST);
  }

  /** Limits with the platform's documented {@link ClipSupport#defaultsFor clip support}. */
  public PlatformLimits(
      Platform platform,
      TextRule textRule,
      int maxTextLength,
      int maxTextBytes,
      int urlLength,
      int maxImages,
      long maxImageBytes,
      long maxImagePixels,
      int maxAltTextLength,
      boolean contentWarnings) {
    this(
        platform,
        textRule,
        maxTextLength,
        maxTextBytes,
        urlLength,
        maxImages,
        maxImageBytes,
        maxImagePixels,
        maxAltTextLength,
        contentWarnings,
        ClipSupport.defaultsFor(platform));
  }

  /** The documented defaults for a platform (the outbox uses Mastodon's shape by default). */
  public static PlatformLimits defaultsFor(Platform platform) {
    return switch (platform) {
      case MASTODON, OUTBOX ->
          new PlatformLimits(
              platform,
              TextRule.GRAPHEMES_URLS_FIXED,
              500,
              0,
              23,
              4,
              16_777_216L,
              33_177_600L,
              1500,
              true);
      case X ->
          new PlatformLimits(
              platform, TextRule.X_WEIGHTED, 280, 0, 23, 4, 5_000_000L, 0, 1000, false);
      case LINKEDIN ->
          // No byte cap is documented; 8 MB is the figure third-party guides report.
          new PlatformLimits(
              platform, TextRule.UTF16_UNITS, 3000, 0, 0, 4, 8_000_000L, 36_152_319L, 4086, false);
      case BLUESKY ->
          // The lexicon allows 2 MB since April 2026, but older servers still enforce 1 MB.
          new PlatformLimits(
              platform,
              TextRule.GRAPHEMES,
              300,
              3000,
              0,
              4,
              1_000_000L,
              0,
              Integer.MAX_VALUE,
              true);
      case FACEBOOK ->
          new PlatformLimits(
              platform, TextRule.UTF16_UNITS, 63_206, 0, 0, 4, 10_000_000L, 0, 1000, false);
    };
  }

  /** A copy describing the same rules for another platform (used by the outbox's target shape). */
  public PlatformLimits forPlatform(Platform other) {
    return new PlatformLimits(
        other,
        textRule,
        maxTextLength,
        maxTextBytes,
        urlLength,
        maxImages,
        maxImageBytes,
        maxImagePixels,
        maxAltTextLength,
        contentWarnings,
        clips.forPlatform(other));
  }
}
