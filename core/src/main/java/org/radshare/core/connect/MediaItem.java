/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * One already-encoded, already-redacted image to attach to a post. The bytes are exactly what will
 * leave the machine (fresh PNG or JPEG without metadata), so connectors never decode or change them
 * except to re-encode to fit a platform's byte cap.
 *
 * @param bytes the encoded image (copied; never mutated)
 * @param mimeType {@code image/png} or {@code image/jpeg}; {@code video/mp4} or {@code image/gif}
 *     for a clip
 * @param altText the description read out by screen readers; required before publishing
 * @param width pixel width, for platforms that want an aspect ratio
 * @param height pixel height
 */
public record MediaItem(byte[] bytes, String mimeType, String altText, int width, int height) {

  /** The encodings RadShare produces and every supported platform accepts. */
  public static final Set<String> SUPPORTED_TYPES =
      Set.of("image/png", "image/jpeg", "video/mp4", "image/gif");

  /** Clip encodings: already fitted to the platform by the clip encoder, never re-encoded here. */
  public static final Set<String> CLIP_TYPES = Set.of("video/mp4", "image/gif");

  public MediaItem {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(mimeType, "mimeType");
    if (!SUPPORTED_TYPES.contains(mimeType)) {
      throw new IllegalArgumentException(
          "Unsupported media type " + mimeType + ": use PNG, JPEG, MP4 or GIF.");
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "Image size must be positive, was " + width + "x" + height);
    }
    bytes = bytes.clone();
    altText = altText == null ? "" : altText.strip();
  }

  /** A copy of the encoded bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The number of encoded bytes, without copying them. */
  public int size() {
    return bytes.length;
  }

  /** The file extension matching {@link #mimeType()}, without a dot. */
  public String extension() {
    return switch (mimeType) {
      case "image/png" -> "png";
      case "video/mp4" -> "mp4";
      case "image/gif" -> "gif";
      default -> "jpg";
    };
  }

  /** Whether this is a clip (MP4 or animated GIF) rather than a still. */
  public boolean clip() {
    return CLIP_TYPES.contains(mimeType);
  }

  /** A copy with other alt text. */
  public MediaItem withAltText(String text) {
    return new MediaItem(bytes, mimeType, text, width, height);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MediaItem m
        && Arrays.equals(bytes, m.bytes)
        && mimeType.equals(m.mimeType)
        && altText.equals(m.altText)
        && width == m.width
        && height == m.height;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(bytes), mimeType, altText, width, height);
  }

  @Override
  public String toString() {
    return "MediaItem[" + mimeType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
  }
}
