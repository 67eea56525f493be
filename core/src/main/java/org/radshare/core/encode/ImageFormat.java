/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode;

/** The formats RadShare posts stills in. PNG is lossless and the default; JPEG fits byte caps. */
public enum ImageFormat {
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg");

  private final String mimeType;
  private final String extension;

  ImageFormat(String mimeType, String extension) {
    this.mimeType = mimeType;
    this.extension = extension;
  }

  public String mimeType() {
    return mimeType;
  }

  public String extension() {
    return extension;
  }
}
