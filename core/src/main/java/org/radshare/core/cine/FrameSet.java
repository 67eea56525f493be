/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.radshare.core.pixel.ImageNormalizer;

/**
 * The frames of a clip in display order, all the same size, each a fresh 8-bit RGB copy (so the
 * detectors, the mask and the encoders see exactly the same pixels), with the display time of one
 * frame.
 *
 * @param frames the frames, in the order they are shown
 * @param frameMillis how long each frame is shown, 10–10,000 ms
 */
public record FrameSet(List<BufferedImage> frames, int frameMillis) {
  /** More frames than this is not a teaching clip; refuse rather than run for minutes. */
  public static final int MAX_FRAMES = 2000;

  public FrameSet {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("A clip needs at least one frame.");
    }
    if (frames.size() > MAX_FRAMES) {
      throw new IllegalArgumentException(
          "A clip may have at most " + MAX_FRAMES + " frames, this one has " + frames.size() + ".");
    }
    if (frameMillis < 10 || frameMillis > 10_000) {
      throw new IllegalArgumentException(
          "Frame time must be 10–10000 ms, was " + frameMillis + " ms.");
    }
    int w = frames.get(0).getWidth();
    int h = frames.get(0).getHeight();
    List<BufferedImage> rgb = new ArrayList<>(frames.size());
    for (int i = 0; i < frames.size(); i++) {
      BufferedImage f = frames.get(i);
      if (f.getWidth() != w || f.getHeight() != h) {
        throw new IllegalArgumentException(
            "Frame "
                + i
                + " is "
                + f.getWidth()
                + "x"
                + f.getHeight()
                + ", the first frame is "
                + w
                + "x"
                + h
                + ": all frames must be the same size.");
      }
      rgb.add(
          f.getType() == BufferedImage.TYPE_INT_RGB && frames instanceof Normalized
              ? f
              : ImageNormalizer.normalize(f));
    }
    frames = new Normalized(rgb);
  }

  /** Frames at {@code fps} frames per second. */
  public static FrameSet atFps(List<BufferedImage> frames, double fps) {
    return new FrameSet(frames, (int) Math.round(1000 / fps));
  }

  public int size() {
    return frames.size();
  }

  public BufferedImage frame(int index) {
    return frames.get(index);
  }

  public int width() {
    return frames.get(0).getWidth();
  }

  public int height() {
    return frames.get(0).getHeight();
  }

  /** Frames per second implied by {@link #frameMillis()}. */
  public double fps() {
    return 1000.0 / frameMillis;
  }

  /** A frame set that replaces the frames (same size, same timing), e.g. after redaction. */
  public FrameSet withFrames(List<BufferedImage> replaced) {
    return new FrameSet(replaced, frameMillis);
  }

  /** Marks a list whose frames are already normalized copies owned by a frame set. */
  private static final class Normalized extends java.util.AbstractList<BufferedImage> {
    private final List<BufferedImage> frames;

    Normalized(List<BufferedImage> frames) {
      this.frames = List.copyOf(frames);
    }

    @Override
    public BufferedImage get(int index) {
      return frames.get(index);
    }

    @Override
    public int size() {
      return frames.size();
    }
  }
}
