/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.x;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import org.jcodec.common.DemuxerTrack;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.radshare.core.connect.ClipSupport;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.encode.MetadataFoundException;
import org.radshare.core.encode.video.GifBlocks;

/**
 * X's rules for a clip, checked on the encoded file before anything is uploaded, because X refuses
 * a clip only after the whole upload and processing (docs.x.com, media best practices): a video
 * plays 0.5 s to 140 s at no more than 60 frames a second in at most 1280×1024; an animated GIF is
 * at most 1280×1080 with width × height × frames at most 300 million. The file itself is read (the
 * MP4's track, the GIF's frames and delays), not what the encoder said it made.
 */
final class XClipRules {

  static final int MAX_FPS = 60;
  static final double MIN_SECONDS = 0.5;
  static final double MAX_SECONDS = 140;
  static final int VIDEO_MAX_WIDTH = 1280;
  static final int VIDEO_MAX_HEIGHT = 1024;
  static final int GIF_MAX_WIDTH = 1280;
  static final int GIF_MAX_HEIGHT = 1080;
  static final long GIF_MAX_PIXEL_FRAMES = 300_000_000L;

  private XClipRules() {}

  /** Throws REJECTED with what to change when X would refuse the clip. */
  static void check(MediaItem clip) throws ConnectorException {
    Optional<String> problem =
        clip.mimeType().equals(ClipSupport.GIF) ? gifProblem(clip) : videoProblem(clip);
    if (problem.isPresent()) {
      throw new ConnectorException(Kind.REJECTED, problem.get());
    }
  }

  private static Optional<String> videoProblem(MediaItem clip) {
    if (clip.width() > VIDEO_MAX_WIDTH || clip.height() > VIDEO_MAX_HEIGHT) {
      return Optional.of(
          "X takes videos of at most %dx%d; this one is %dx%d: crop or export it smaller."
              .formatted(VIDEO_MAX_WIDTH, VIDEO_MAX_HEIGHT, clip.width(), clip.height()));
    }
    DemuxerTrackMeta meta;
    try {
      DemuxerTrack track =
          MP4Demuxer.createMP4Demuxer(
                  ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(clip.bytes())))
              .getVideoTrack();
      meta = track == null ? null : track.getMeta();
    } catch (IOException | RuntimeException e) {
      meta = null;
    }
    if (meta == null || meta.getTotalDuration() <= 0 || meta.getTotalFrames() <= 0) {
      return Optional.of("The MP4 clip could not be read back; export it again.");
    }
    double seconds = meta.getTotalDuration();
    if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "X takes videos of %.1f to %.0f seconds; this one plays %.2f s: %s.",
              MIN_SECONDS,
              MAX_SECONDS,
              seconds,
              seconds < MIN_SECONDS ? "add frames or slow it down" : "shorten it"));
    }
    double fps = meta.getTotalFrames() / seconds;
    if (fps > MAX_FPS + 0.01) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "X takes videos of at most %d frames a second; this one plays %.0f: slow it down.",
              MAX_FPS,
              fps));
    }
    return Optional.empty();
  }

  private static Optional<String> gifProblem(MediaItem clip) {
    GifBlocks.Frames frames = gifFrames(clip.bytes()).orElse(null);
    if (frames == null) {
      return Optional.of("The GIF clip could not be read back; export it again.");
    }
    if (frames.width() > GIF_MAX_WIDTH || frames.height() > GIF_MAX_HEIGHT) {
      return Optional.of(
          "X takes GIFs of at most %dx%d; this one is %dx%d: export it smaller."
              .formatted(GIF_MAX_WIDTH, GIF_MAX_HEIGHT, frames.width(), frames.height()));
    }
    long pixelFrames = (long) frames.width() * frames.height() * frames.frames();
    if (pixelFrames > GIF_MAX_PIXEL_FRAMES) {
      return Optional.of(
          "X takes GIFs whose width × height × frames is at most 300 million; this one has %d: use fewer frames or a smaller size."
              .formatted(pixelFrames));
    }
    // GIF delays are in hundredths of a second: 1/100 s would play faster than 60 frames a second.
    if (frames.frames() > 1
        && frames.shortestDelayCentis() > 0
        && frames.shortestDelayCentis() < 2) {
      return Optional.of(
          "X takes GIFs of at most " + MAX_FPS + " frames a second; slow this one down.");
    }
    return Optional.empty();
  }

  /**
   * The GIF's frames, read by walking its blocks without decoding any pixels; empty when the bytes
   * are not a well-formed, metadata-free GIF with at least one frame.
   */
  static Optional<GifBlocks.Frames> gifFrames(byte[] gif) {
    try {
      GifBlocks.Frames frames = GifBlocks.read(gif);
      return frames.frames() == 0 ? Optional.empty() : Optional.of(frames);
    } catch (MetadataFoundException e) {
      return Optional.empty();
    }
  }
}
