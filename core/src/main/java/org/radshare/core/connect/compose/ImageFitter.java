/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.compose;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.encode.CleanImageEncoder;
import org.radshare.core.encode.EncodedImage;

/**
 * Makes an image fit a platform's byte and pixel caps: scaled down under the pixel cap, then
 * encoded by core's one metadata-free encoder ({@link CleanImageEncoder#fitWithin}: PNG if it fits,
 * else JPEG at falling quality, then smaller), which strips every APPn segment and comment and
 * proves the bytes carry nothing but pixels.
 */
public final class ImageFitter {

  private ImageFitter() {}

  /**
   * Returns the image unchanged if it fits, a re-encoded copy if one fits, or empty if even a small
   * low-quality JPEG is too big (or the bytes cannot be decoded).
   *
   * @param maxBytes the byte cap
   * @param maxPixels the width × height cap, or 0 for none
   */
  public static Optional<MediaItem> fit(MediaItem item, long maxBytes, long maxPixels) {
    long pixels = (long) item.width() * item.height();
    boolean pixelsFit = maxPixels <= 0 || pixels <= maxPixels;
    if (item.size() <= maxBytes && pixelsFit) {
      return Optional.of(item);
    }
    if (item.clip()) {
      // Re-encoding a frame as JPEG would drop the motion: clips are fitted by ClipEncoder.
      return Optional.empty();
    }
    BufferedImage source = decode(item.bytes());
    if (source == null) {
      return Optional.empty();
    }
    BufferedImage sized =
        pixelsFit ? source : scaled(source, Math.sqrt((double) maxPixels / pixels));
    try {
      EncodedImage fitted = CleanImageEncoder.fitWithin(sized, maxBytes);
      return Optional.of(
          new MediaItem(
              fitted.bytes(),
              fitted.format().mimeType(),
              item.altText(),
              fitted.width(),
              fitted.height()));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // even a small low-quality JPEG is over the cap
    }
  }

  private static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      return null;
    }
  }

  /** Scaled by {@code scale}, rounded down so the pixel cap holds. */
  private static BufferedImage scaled(BufferedImage src, double scale) {
    int w = Math.max(1, (int) Math.floor(src.getWidth() * scale));
    int h = Math.max(1, (int) Math.floor(src.getHeight() * scale));
    return CleanImageEncoder.downscaled(src, w, h);
  }
}
