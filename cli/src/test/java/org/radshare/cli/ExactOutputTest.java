/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 1 through the command line: {@code redact --out} writes each input kind back with
 * its own samples, changed only where text was filled, and a text-free input unchanged.
 */
class ExactOutputTest {

  /** Where the text is drawn; outside it nothing may change. */
  private static final Rectangle TEXT = new Rectangle(0, 0, 320, 100);

  @TempDir Path dir;

  @Test
  void redactKeepsEveryInputKindSampleForSample() throws Exception {
    Path header =
        Files.writeString(
            dir.resolve("h.json"),
            "{\"00100010\": {\"vr\": \"PN\", \"Value\": [{\"Alphabetic\": \"ROE^MARY\"}]}}");
    for (Map.Entry<String, Path> input : inputs(true).entrySet()) {
      Path out = dir.resolve(input.getKey() + "-out.png");
      CliRun run =
          CliRun.of(
              "redact",
              "--image",
              input.getValue().toString(),
              "--header",
              header.toString(),
              "--out",
              out.toString(),
              "--json");
      assertThat(run.exit()).as(input.getKey()).isZero();
      assertSamples(input.getKey(), ImageIO.read(input.getValue().toFile()), out, true);
    }
  }

  @Test
  void aTextFreeInputIsWrittenUnchanged() throws Exception {
    for (Map.Entry<String, Path> input : inputs(false).entrySet()) {
      Path out = dir.resolve(input.getKey() + "-plain.png");
      CliRun run =
          CliRun.of("redact", "--image", input.getValue().toString(), "--out", out.toString());
      assertThat(run.exit()).as(input.getKey()).isZero();
      assertSamples(input.getKey(), ImageIO.read(input.getValue().toFile()), out, false);
    }
  }

  private static void assertSamples(String kind, BufferedImage in, Path out, boolean text)
      throws Exception {
    assertThat(out).as("%s written", kind).exists();
    BufferedImage posted = ImageIO.read(out.toFile());
    Raster a = in.getRaster();
    Raster b = posted.getRaster();
    assertThat(b.getNumBands()).as("%s keeps its bands", kind).isEqualTo(a.getNumBands());
    boolean deep = a.getSampleModel().getSampleSize(0) == 16;
    int[] range = deep ? range(a) : null;
    long changed = 0;
    for (int y = 0; y < in.getHeight(); y++) {
      for (int x = 0; x < in.getWidth(); x++) {
        int[] expected = a.getPixel(x, y, (int[]) null);
        if (deep) {
          expected[0] = (int) Math.round((expected[0] - range[0]) * 255.0 / (range[1] - range[0]));
        }
        int[] actual = b.getPixel(x, y, (int[]) null);
        if (!Arrays.equals(expected, actual)
            && !(text && TEXT.contains(x, y) && black(posted, actual))) {
          changed++;
        }
      }
    }
    assertThat(changed).as("%s: pixels changed that were not filled", kind).isZero();
  }

  private static boolean black(BufferedImage image, int[] s) {
    return image.getColorModel() instanceof IndexColorModel icm
        ? icm.getRGB(s[0]) == 0xFF000000
        : s[0] == 0 && (s.length < 3 || (s[1] == 0 && s[2] == 0));
  }

  private static int[] range(Raster r) {
    int[] range = {Integer.MAX_VALUE, Integer.MIN_VALUE};
    for (int y = 0; y < r.getHeight(); y++) {
      for (int x = 0; x < r.getWidth(); x++) {
        range[0] = Math.min(range[0], r.getSample(x, y, 0));
        range[1] = Math.max(range[1], r.getSample(x, y, 0));
      }
    }
    return range;
  }

  /** Every input kind as a file, from one 360×260 scene (with or without a name on it). */
  private Map<String, Path> inputs(boolean text) throws Exception {
    BufferedImage scene = new BufferedImage(360, 260, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 260; y++) {
      for (int x = 0; x < 360; x++) {
        int v = 30 + (x + y) / 8 + ((x - 230) * (x - 230) + (y - 170) * (y - 170) < 4900 ? 80 : 0);
        scene.setRGB(x, y, v * 0x010101);
      }
    }
    if (text) {
      Graphics2D g = scene.createGraphics();
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
      g.drawString("ROE, MARY", 14, 40);
      g.dispose();
    }
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("grey8", write(convert(scene, BufferedImage.TYPE_BYTE_GRAY, 1), "grey8.png"));
    files.put("grey16", write(convert(scene, BufferedImage.TYPE_USHORT_GRAY, 1), "grey16.png"));
    files.put("palette", write(palette(scene), "palette.png"));
    files.put("rgb", write(convert(scene, BufferedImage.TYPE_3BYTE_BGR, 3), "rgb.png"));
    files.put("rgba", write(convert(scene, BufferedImage.TYPE_4BYTE_ABGR, 4), "rgba.png"));
    files.put("jpeg", write(convert(scene, BufferedImage.TYPE_3BYTE_BGR, 3), "colour.jpg"));
    files.put("greyjpeg", write(convert(scene, BufferedImage.TYPE_BYTE_GRAY, 1), "grey.jpg"));
    return files;
  }

  /** The scene's grey value {@code v} per band: (v), 16-bit (v·180+500), (v, 255−v, v/2), alpha. */
  private static BufferedImage convert(BufferedImage scene, int type, int bands) {
    BufferedImage out = new BufferedImage(scene.getWidth(), scene.getHeight(), type);
    for (int y = 0; y < scene.getHeight(); y++) {
      for (int x = 0; x < scene.getWidth(); x++) {
        int v = scene.getRGB(x, y) & 0xFF;
        int[] s =
            switch (bands) {
              case 1 -> new int[] {type == BufferedImage.TYPE_USHORT_GRAY ? v * 180 + 500 : v};
              case 3 -> new int[] {v, 255 - v, v / 2};
              default -> new int[] {v, 255 - v, v / 2, 255};
            };
        out.getRaster().setPixel(x, y, s);
      }
    }
    return out;
  }

  private static BufferedImage palette(BufferedImage scene) {
    byte[] r = new byte[256];
    byte[] g = new byte[256];
    byte[] b = new byte[256];
    for (int i = 1; i < 256; i++) {
      r[i] = (byte) i;
      g[i] = (byte) (i / 2);
      b[i] = (byte) (255 - i);
    }
    BufferedImage out =
        new BufferedImage(
            scene.getWidth(),
            scene.getHeight(),
            BufferedImage.TYPE_BYTE_INDEXED,
            new IndexColorModel(8, 256, r, g, b));
    for (int y = 0; y < scene.getHeight(); y++) {
      for (int x = 0; x < scene.getWidth(); x++) {
        out.getRaster().setSample(x, y, 0, scene.getRGB(x, y) & 0xFF);
      }
    }
    return out;
  }

  private Path write(BufferedImage image, String name) throws Exception {
    Path file = dir.resolve(name);
    String format = name.endsWith(".jpg") ? "jpeg" : "png";
    assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
    return file;
  }
}
