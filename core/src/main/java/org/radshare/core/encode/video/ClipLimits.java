/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode.video;

import java.util.Map;
import org.radshare.core.connect.ClipSupport;
import org.radshare.core.connect.Platform;

/**
 * What a platform accepts for one clip in one format. Figures come from docs/platforms.md where it
 * states them; the others are conservative guesses marked UNCONFIRMED below, so a clip may be
 * fitted more tightly than needed but never rejected for size.
 *
 * @param maxBytes largest file
 * @param maxWidth widest frame
 * @param maxHeight tallest frame
 * @param maxFrames most frames
 * @param maxSeconds longest playing time
 * @param maxFps most frames a second (frames are dropped evenly above it)
 * @param minSeconds shortest playing time (frames are shown longer below it)
 * @param maxPixelFrames most width × height × frames (frames are dropped evenly above it)
 */
public record ClipLimits(
    long maxBytes,
    int maxWidth,
    int maxHeight,
    int maxFrames,
    double maxSeconds,
    int maxFps,
    double minSeconds,
    long maxPixelFrames) {

  /** Limits with no frame-rate, shortest-time or pixel-frame rule. */
  public ClipLimits(long maxBytes, int maxWidth, int maxHeight, int maxFrames, double maxSeconds) {
    this(maxBytes, maxWidth, maxHeight, maxFrames, maxSeconds, 1000, 0, Long.MAX_VALUE);
  }

  public ClipLimits {
    if (maxFps < 1 || minSeconds < 0 || minSeconds > maxSeconds || maxPixelFrames < 1) {
      throw new IllegalArgumentException("Inconsistent clip limits");
    }
  }

  private static final int MB = 1024 * 1024;

  /** No practical limit: the local outbox and the command line. */
  public static final ClipLimits NONE =
      new ClipLimits(Long.MAX_VALUE, 4096, 4096, FrameLimit.MAX, 3600);

  private static final Map<Platform, ClipLimits> MP4 =
      Map.of(
          Platform.MASTODON,
          new ClipLimits(103_809_024L, 1920, 1920, FrameLimit.MAX, 600),
          // X: at most 1280x1024, 0.5 to 140 s, at most 60 frames a second
          // (docs.x.com/x-api/media/quickstart/best-practices).
          Platform.X,
          new ClipLimits(512L * MB, 1280, 1024, FrameLimit.MAX, 140, 60, 0.5, Long.MAX_VALUE),
          // UNCONFIRMED: Bluesky video 100 MB / 3 min; LinkedIn and Facebook kept modest.
          Platform.BLUESKY,
          new ClipLimits(100L * MB, 1920, 1920, FrameLimit.MAX, 180),
          Platform.LINKEDIN,
          new ClipLimits(200L * MB, 1920, 1920, FrameLimit.MAX, 600),
          Platform.FACEBOOK,
          new ClipLimits(200L * MB, 1920, 1920, FrameLimit.MAX, 600),
          Platform.OUTBOX,
          NONE);

  private static final Map<Platform, ClipLimits> GIF =
      Map.of(
          // Mastodon treats a GIF as an image (16 MiB, 33,177,600 px) and converts it to MP4.
          Platform.MASTODON, new ClipLimits(16_777_216L, 4096, 4096, FrameLimit.MAX, 600),
          // X: also width x height x frames <= 300 million (same source); GIF delays are whole
          // hundredths, so 50 frames a second is the fastest under X's 60.
          Platform.X, new ClipLimits(15L * MB, 1280, 1080, 350, 600, 50, 0, 300_000_000L),
          // LinkedIn: at most 250 frames; 8 MB is UNCONFIRMED. Bluesky images: 1 MB blobs.
          Platform.LINKEDIN, new ClipLimits(8L * MB, 1920, 1920, 250, 600),
          Platform.BLUESKY, new ClipLimits(1_000_000L, 2000, 2000, FrameLimit.MAX, 600),
          Platform.FACEBOOK, new ClipLimits(8L * MB, 1920, 1920, 250, 600),
          Platform.OUTBOX, NONE);

  /**
   * The limits of {@code platform} for clips in {@code format}; the byte cap is the connectors' own
   * ({@link ClipSupport}) wherever it is tighter, so an encoded clip is never refused for size.
   */
  public static ClipLimits of(Platform platform, VideoFormat format) {
    ClipLimits base = (format == VideoFormat.MP4 ? MP4 : GIF).get(platform);
    long cap = ClipSupport.defaultsFor(platform).maxBytes(format.mimeType());
    return platform == Platform.OUTBOX || cap <= 0 ? base : base.withMaxBytes(cap);
  }

  /** The same limits with at most {@code bytes} bytes (a platform's own, tighter cap). */
  public ClipLimits withMaxBytes(long bytes) {
    return new ClipLimits(
        Math.min(maxBytes, bytes),
        maxWidth,
        maxHeight,
        maxFrames,
        maxSeconds,
        maxFps,
        minSeconds,
        maxPixelFrames);
  }

  /** Frame-count cap when a platform states none. */
  private static final class FrameLimit {
    static final int MAX = 2000;
  }
}
