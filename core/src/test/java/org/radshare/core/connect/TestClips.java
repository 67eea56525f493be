/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.radshare.core.encode.MetadataFoundException;
import org.radshare.core.encode.video.ClipEncoder;
import org.radshare.core.encode.video.ClipLimits;
import org.radshare.core.encode.video.EncodedClip;
import org.radshare.core.encode.video.VideoFormat;

/** Small synthetic clips (a few solid-colour frames) for connector tests; no patient data. */
public final class TestClips {

  private TestClips() {}

  /** A real, tiny MP4 from four solid frames of 64×48. */
  public static MediaItem mp4(String alt) {
    return encode(VideoFormat.MP4, alt);
  }

  /**
   * A real MP4 of four solid {@code width}×{@code height} frames shown {@code frameMillis} each.
   */
  public static MediaItem mp4(String alt, int width, int height, int frameMillis) {
    return encode(VideoFormat.MP4, alt, width, height, frameMillis);
  }

  /** A real, tiny animated GIF from four solid frames of 64×48. */
  public static MediaItem gif(String alt) {
    return encode(VideoFormat.GIF, alt);
  }

  /** Opaque bytes labelled as a clip, for contracts that never look inside (chunking, caps). */
  public static MediaItem opaque(String mimeType, int size, String alt) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 31);
    }
    return new MediaItem(bytes, mimeType, alt, 640, 480);
  }

  private static MediaItem encode(VideoFormat format, String alt) {
    return encode(format, alt, 64, 48, 100);
  }

  private static MediaItem encode(
      VideoFormat format, String alt, int width, int height, int frameMillis) {
    List<BufferedImage> frames = new ArrayList<>();
    Color[] colours = {Color.DARK_GRAY, Color.GRAY, Color.LIGHT_GRAY, Color.WHITE};
    for (Color c : colours) {
      BufferedImage f = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = f.createGraphics();
      g.setColor(c);
      g.fillRect(0, 0, width, height);
      g.dispose();
      frames.add(f);
    }
    try {
      EncodedClip clip = ClipEncoder.encode(frames, frameMillis, format, ClipLimits.NONE);
      return new MediaItem(clip.bytes(), format.mimeType(), alt, clip.width(), clip.height());
    } catch (MetadataFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
