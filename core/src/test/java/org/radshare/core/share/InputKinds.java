/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Every kind of input a capture can arrive as, each made from one synthetic scene (a smooth
 * gradient, an organ-like ellipse and, optionally, a patient's name and ID from {@code
 * SyntheticHeaders.ct()}), and the exact samples each kind must be posted with.
 */
public final class InputKinds {

  /** Where the text is drawn; nothing outside this may ever change. */
  public static final java.awt.Rectangle TEXT_ZONE = new java.awt.Rectangle(0, 0, 300, 90);

  private InputKinds() {}

  /** One input kind: its name and its image (as a file would decode, or as a viewer hands it). */
  public record Kind(String name, BufferedImage image) {}

  /** An 8-bit grey scene, 320×240; {@code text} draws the name and ID in the top-left corner. */
  public static BufferedImage greyScene(boolean text) {
    BufferedImage grey = new BufferedImage(320, 240, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster r = grey.getRaster();
    for (int y = 0; y < 240; y++) {
      for (int x = 0; x < 320; x++) {
        double dx = (x - 200) / 90.0;
        double dy = (y - 150) / 60.0;
        int organ = dx * dx + dy * dy < 1 ? 90 : 0;
        r.setSample(x, y, 0, 20 + x * 60 / 320 + y * 30 / 240 + organ);
      }
    }
    if (text) {
      // Drawn on an RGB copy so no grey colour conversion is involved, then taken sample for
      // sample.
      BufferedImage rgb = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < 240; y++) {
        for (int x = 0; x < 320; x++) {
          int g = r.getSample(x, y, 0);
          rgb.setRGB(x, y, (g << 16) | (g << 8) | g);
        }
      }
      Graphics2D g = rgb.createGraphics();
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
      g.drawString("DOE, JOHN", 12, 34);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
      g.drawString("ID E421-280-644", 12, 70);
      g.dispose();
      for (int y = 0; y < 240; y++) {
        for (int x = 0; x < 320; x++) {
          r.setSample(x, y, 0, rgb.getRGB(x, y) & 0xFF);
        }
      }
    }
    return grey;
  }

  /** Every input kind, from the same scene. */
  public static List<Kind> all(boolean text) {
    BufferedImage grey = greyScene(text);
    return List.of(
        new Kind("8-bit grey", grey),
        new Kind("16-bit grey", deepGrey(grey)),
        new Kind("indexed", indexed(grey, true)),
        new Kind("indexed without black", indexed(grey, false)),
        new Kind("RGB", tinted(grey, BufferedImage.TYPE_3BYTE_BGR)),
        new Kind("RGBA", tinted(grey, BufferedImage.TYPE_4BYTE_ABGR)),
        new Kind("JPEG", decode(encode(tinted(grey, BufferedImage.TYPE_3BYTE_BGR), "jpeg"))),
        new Kind("grey JPEG", decode(encode(grey, "jpeg"))),
        new Kind("linear RGB colour space", linearRgb(grey)));
  }

  /** 16-bit grey: each 8-bit sample × 200 + 1000, so the own-range window is known exactly. */
  static BufferedImage deepGrey(BufferedImage grey) {
    BufferedImage deep = new BufferedImage(320, 240, BufferedImage.TYPE_USHORT_GRAY);
    copy(grey, deep, v -> new int[] {v * 200 + 1000});
    return deep;
  }

  /** A palette that is not a grey ramp (so PNG keeps it a palette), with or without black. */
  static BufferedImage indexed(BufferedImage grey, boolean withBlack) {
    byte[] r = new byte[256];
    byte[] g = new byte[256];
    byte[] b = new byte[256];
    for (int i = 0; i < 256; i++) {
      r[i] = (byte) i;
      g[i] = (byte) i;
      b[i] = (byte) Math.min(255, i + 9);
    }
    if (withBlack) {
      b[0] = 0;
    }
    IndexColorModel icm = new IndexColorModel(8, 256, r, g, b);
    BufferedImage out = new BufferedImage(320, 240, BufferedImage.TYPE_BYTE_INDEXED, icm);
    copy(grey, out, v -> new int[] {v});
    return out;
  }

  /** Colour: each grey sample {@code v} becomes (v, v·3/4, 255−v), alpha opaque where present. */
  static BufferedImage tinted(BufferedImage grey, int type) {
    BufferedImage out = new BufferedImage(320, 240, type);
    boolean alpha = out.getColorModel().hasAlpha();
    copy(grey, out, v -> alpha ? new int[] {v, v * 3 / 4, 255 - v, 255} : rgb(v));
    return out;
  }

  static BufferedImage linearRgb(BufferedImage grey) {
    ComponentColorModel cm =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB),
            false,
            false,
            java.awt.Transparency.OPAQUE,
            DataBuffer.TYPE_BYTE);
    BufferedImage out =
        new BufferedImage(cm, cm.createCompatibleWritableRaster(320, 240), false, null);
    copy(grey, out, InputKinds::rgb);
    return out;
  }

  private static int[] rgb(int v) {
    return new int[] {v, v * 3 / 4, 255 - v};
  }

  private static void copy(
      BufferedImage grey, BufferedImage out, java.util.function.IntFunction<int[]> samples) {
    Raster in = grey.getRaster();
    WritableRaster r = out.getRaster();
    for (int y = 0; y < 240; y++) {
      for (int x = 0; x < 320; x++) {
        r.setPixel(x, y, samples.apply(in.getSample(x, y, 0)));
      }
    }
  }

  /** {@code image} in {@code format} as the JDK writes it. */
  public static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no " + format + " writer for " + image);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The decoded image of {@code bytes}. */
  public static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
