/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Synthetic images for connector tests (gradients and noise; no patient data). */
public final class TestImages {

  private TestImages() {}

  /** A small PNG with alt text. */
  public static MediaItem png(int width, int height, String alt) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.DARK_GRAY);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.LIGHT_GRAY);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    return new MediaItem(encode(img, "png"), "image/png", alt, width, height);
  }

  /** A PNG full of noise, which compresses badly: large in bytes for its size. */
  public static MediaItem noisyPng(int width, int height, String alt, long seed) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random r = new Random(seed);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        img.setRGB(x, y, r.nextInt(0xFFFFFF));
      }
    }
    return new MediaItem(encode(img, "png"), "image/png", alt, width, height);
  }

  static byte[] encode(BufferedImage img, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
