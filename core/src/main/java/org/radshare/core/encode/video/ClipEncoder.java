/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode.video;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radshare.core.encode.CleanImageEncoder;
import org.radshare.core.encode.MetadataFoundException;

/**
 * Encodes redacted frames as MP4 or GIF and fits them to a platform's limits: too fast drops frames
 * evenly (each shown longer); too long plays faster (down to 30 fps) and then drops frames evenly;
 * too many frames drops frames evenly; too large a frame scales down; too many pixels × frames
 * drops frames evenly (each shown longer); too short shows each frame longer; too many bytes scales
 * down by a quarter at a time and then halves the frames. Every change is reported as a sentence in
 * {@link EncodedClip#adjustments()}. The output is always re-encoded from raw pixels and checked
 * for metadata.
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
    if (frames.isEmpty() || frameMillis < 1) {
      throw new IllegalArgumentException("A clip needs frames and a positive frame time.");
    }
    List<String> notes = new ArrayList<>();
    List<BufferedImage> fitted = frames;
    int millis = frameMillis;
    int minMillis = (int) Math.ceil(1000.0 / limits.maxFps());
    if (millis < minMillis) {
      // Too fast: keep every stride-th frame, each shown stride times as long (same playing time).
      int stride = (minMillis + millis - 1) / millis;
      fitted = everyNth(fitted, Math.max(1, (fitted.size() + stride - 1) / stride));
      millis *= stride;
      notes.add(
          String.format(
              Locale.ROOT,
              "Dropped frames evenly to %d of %d to play at most %d frames a second",
              fitted.size(),
              frames.size(),
              limits.maxFps()));
    }
    double seconds = fitted.size() * millis / 1000.0;
    if (seconds > limits.maxSeconds()) {
      int faster =
          (int)
              Math.max(
                  Math.max(MIN_FRAME_MILLIS, minMillis),
                  limits.maxSeconds() * 1000 / fitted.size());
      if (faster < millis) {
        notes.add(String.format(Locale.ROOT, "Plays faster (%d ms a frame) to fit", faster));
        millis = faster;
      }
    }
    int maxByTime = (int) Math.floor(limits.maxSeconds() * 1000 / millis);
    int maxFrames = Math.max(1, Math.min(limits.maxFrames(), maxByTime));
    if (fitted.size() > maxFrames) {
      int before = fitted.size();
      fitted = everyNth(fitted, maxFrames);
      notes.add("Dropped frames evenly to " + fitted.size() + " of " + before + " to fit");
    }
    int width = fitted.get(0).getWidth();
    int height = fitted.get(0).getHeight();
    double scale =
        Math.min(
            1,
            Math.min(
                Math.min((double) limits.maxWidth() / width, (double) limits.maxHeight() / height),
                Math.sqrt((double) limits.maxPixelFrames() / ((double) width * height))));
    if (scale < 1) {
      notes.add(String.format(Locale.ROOT, "Scaled to %.0f%% to fit the frame size", scale * 100));
    }
    long perFrame = (long) scaledSide(width, scale) * scaledSide(height, scale);
    while (perFrame > limits.maxPixelFrames() && perFrame > 4) {
      // Rounding a side up can leave one frame just over the pixel limit.
      scale *= 0.99;
      perFrame = (long) scaledSide(width, scale) * scaledSide(height, scale);
    }
    if (perFrame > limits.maxPixelFrames()) {
      throw new IllegalArgumentException("The clip's frames cannot be made small enough to post.");
    }
    long maxByPixels = Math.max(1, limits.maxPixelFrames() / perFrame);
    if (fitted.size() > maxByPixels) {
      // Fewer frames, each shown longer, so the clip keeps its playing time.
      int before = fitted.size();
      fitted = everyNth(fitted, (int) maxByPixels);
      millis = (int) ((long) millis * before / fitted.size());
      notes.add(
          String.format(
              Locale.ROOT,
              "Dropped frames evenly to %d of %d (%d ms a frame) to fit the pixel limit",
              fitted.size(),
              before,
              millis));
    }
    double shortest = limits.minSeconds() * 1000;
    if (fitted.size() * (double) millis < shortest) {
      int longer = (int) Math.ceil(shortest / fitted.size());
      // GIF delays are whole hundredths of a second: round up so the file plays long enough.
      millis = format == VideoFormat.GIF ? (longer + 9) / 10 * 10 : longer;
      notes.add(
          String.format(
              Locale.ROOT,
              "Shows each frame longer (%d ms) to play at least %.1f s",
              millis,
              limits.minSeconds()));
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

  private static int scaledSide(int side, double scale) {
    return scale < 1 ? Math.max(2, (int) Math.round(side * scale)) : side;
  }

  private static List<BufferedImage> scaled(List<BufferedImage> frames, double scale) {
    List<BufferedImage> out = new ArrayList<>(frames.size());
    for (BufferedImage f : frames) {
      int w = scaledSide(f.getWidth(), scale);
      int h = scaledSide(f.getHeight(), scale);
      out.add(CleanImageEncoder.downscaled(f, w, h));
    }
    return out;
  }
}
