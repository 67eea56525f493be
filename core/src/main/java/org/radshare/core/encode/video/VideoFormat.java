/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode.video;

import java.util.Locale;
import java.util.Optional;

/** The clip encodings RadShare writes: H.264 in MP4, and animated GIF. */
public enum VideoFormat {
  MP4("video/mp4", "mp4"),
  GIF("image/gif", "gif");

  private final String mimeType;
  private final String extension;

  VideoFormat(String mimeType, String extension) {
    this.mimeType = mimeType;
    this.extension = extension;
  }

  public String mimeType() {
    return mimeType;
  }

  public String extension() {
    return extension;
  }

  /** The format a file name's extension asks for ({@code .mp4} or {@code .gif}). */
  public static Optional<VideoFormat> forFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (VideoFormat f : values()) {
      if (lower.endsWith("." + f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
