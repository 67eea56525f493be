/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

/**
 * How the radiologist wants the clip taken: which frames ({@link ClipRange}), every how-many-th
 * frame, and how fast it plays.
 *
 * @param step take every {@code step}-th frame of the range (1 = all)
 * @param fps playback speed in frames per second
 */
public record ClipOptions(ClipRange range, int step, double fps) {

  /** Playback speeds the options window offers: 1 to 60 frames per second. */
  public static final double MIN_FPS = 1;

  public static final double MAX_FPS = 60;

  public ClipOptions {
    if (range == null) {
      throw new IllegalArgumentException("Choose which frames the clip takes.");
    }
    if (step < 1) {
      throw new IllegalArgumentException("The frame step must be at least 1, was " + step + ".");
    }
    if (!(fps >= MIN_FPS && fps <= MAX_FPS)) {
      throw new IllegalArgumentException(
          "The playback speed must be 1–60 frames per second, was " + fps + ".");
    }
  }

  /** Display time of one frame, as the clip encoders take it. */
  public int frameMillis() {
    return (int) Math.round(1000 / fps);
  }
}
