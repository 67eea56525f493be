/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode.video;

import java.util.List;

/**
 * An encoded, metadata-free clip ready to attach: the bytes, what they hold and what was changed to
 * fit the platform (said to the user, never silent).
 *
 * @param frames frames in the file
 * @param frameMillis display time of one frame
 * @param adjustments one sentence per change made to fit (smaller size, fewer frames…); empty when
 *     the clip went out as captured
 */
public record EncodedClip(
    byte[] bytes,
    VideoFormat format,
    int width,
    int height,
    int frames,
    int frameMillis,
    List<String> adjustments) {
  public EncodedClip {
    bytes = bytes.clone();
    adjustments = List.copyOf(adjustments);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  /** Playing time in seconds. */
  public double seconds() {
    return frames * frameMillis / 1000.0;
  }

  @Override
  public String toString() {
    return "EncodedClip["
        + format
        + ", "
        + width
        + "x"
        + height
        + ", "
        + frames
        + " frames, "
        + bytes.length
        + " bytes]";
  }
}
