/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode.video;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radshare.core.encode.MetadataFoundException;

/**
 * Encodes redacted frames as MP4 or GIF and fits them to a platform's limits: too long plays faster
 * (down to 30 fps) and then drops frames evenly; too many frames drops frames evenly; too large a
 * frame scales down; too many bytes scales down by a quarter at a time and then halves the frames.
 * Every change is reported as a sentence in {@link EncodedClip#adjustments()}. The output is always
 * re-encoded from raw pixels and checked for metadata.
 */
public final class ClipEncoder {
  /** Fastest playback the fitter uses before dropping frames. */
  static final int MIN_FRAME_MILLIS = 33;

  private static final int BYTE_ATTEMPTS = 6;

  private ClipEncoder() {}

  /**
   * @throws MetadataFoundException if the encoder's output carried metadata that could not be
   *     removed (the clip must not be posted)
   * @throws IllegalArgumentException if the clip cannot be fitted at all
   */
  public static EncodedClip encode(
      List<BufferedImage> frames, int frameMillis, VideoFormat format, ClipLimits limits)
      throws MetadataFoundException {
    List<String> notes = new ArrayList<>();
    List<BufferedImage> fitted = frames;
    int millis = frameMillis;
    double seconds = frames.size() * millis / 1000.0;
    if (seconds > limits.maxSeconds()) {
      int faster = (int) Math.max(MIN_FRAME_MILLIS, limits.maxSeconds() * 1000 / frames.size());
      if (faster < millis) {
        notes.add(String.format(Locale.ROOT, "Plays faster (%d ms a frame) to fit", faster));
        millis = faster;
      }
    }
    int maxByTime = (int) Math.floor(limits.maxSeconds() * 1000 / millis);
    int maxFrames = Math.max(1, Math.min(limits.maxFrames(), maxByTime));
    if (fitted.size() > maxFrames) {
      fitted = everyNth(fitted, maxFrames);
      notes.add("Dropped frames evenly to " + fitted.size() + " of " + frames.size() + " to fit");
    }
    double scale =
        Math.min(
            1,
            Math.min(
                (double) limits.maxWidth() / fitted.get(0).getWidth(),
                (double) limits.maxHeight() / fitted.get(0).getHeight()));
    if (scale < 1) {
      notes.add(String.format(Locale.ROOT, "Scaled to %.0f%% to fit the frame size", scale * 100));
    }
    for (int attempt = 0; ; attempt++) {
      List<BufferedImage> scaled = scale < 1 ? scaled(fitted, scale) : fitted;
      byte[] bytes =
          format == VideoFormat.MP4
              ? Mp4Encoder.encode(scaled, millis)
              : GifEncoder.encode(scaled, millis);
      if (bytes.length <= limits.maxBytes()) {
        BufferedImage first = scaled.get(0);
        int w =
            format == VideoFormat.MP4
                ? first.getWidth() + (first.getWidth() & 1)
                : first.getWidth();
        int h =
            format == VideoFormat.MP4
                ? first.getHeight() + (first.getHeight() & 1)
                : first.getHeight();
        return new EncodedClip(bytes, format, w, h, scaled.size(), millis, notes);
      }
      if (attempt == BYTE_ATTEMPTS) {
        throw new IllegalArgumentException(
            "The clip cannot be made smaller than " + limits.maxBytes() + " bytes: shorten it.");
      }
      if (attempt % 2 == 0 || fitted.size() < 4) {
        scale *= 0.75;
        notes.add(
            String.format(Locale.ROOT, "Scaled to %.0f%% to fit the byte limit", scale * 100));
      } else {
        fitted = everyNth(fitted, fitted.size() / 2);
        notes.add("Halved the frames to " + fitted.size() + " to fit the byte limit");
      }
    }
  }

  /** {@code count} frames picked evenly from {@code frames}, first included. */
  static List<BufferedImage> everyNth(List<BufferedImage> frames, int count) {
    List<BufferedImage> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      out.add(frames.get((int) ((long) k * frames.size() / count)));
    }
    return out;
  }

  private static List<BufferedImage> scaled(List<BufferedImage> frames, double scale) {
    List<BufferedImage> out = new ArrayList<>(frames.size());
    for (BufferedImage f : frames) {
      int w = Math.max(2, (int) Math.round(f.getWidth() * scale));
      int h = Math.max(2, (int) Math.round(f.getHeight() * scale));
      BufferedImage s = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = s.createGraphics();
      try {
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(f, 0, 0, w, h, null);
      } finally {
        g.dispose();
      }
      out.add(s);
    }
    return out;
  }
}
