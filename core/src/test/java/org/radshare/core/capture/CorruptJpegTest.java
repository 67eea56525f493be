/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.cine.FrameFiles;

/**
 * Issue 10 item 6: a lossy file the decoder only warns about (cut short, garbage in its data)
 * decodes to a half-grey or smeared picture; it is bad input, never a capture.
 */
class CorruptJpegTest {

  @TempDir Path dir;

  @Test
  void aJpegCutAtSixtyPercentIsRefused() throws Exception {
    for (boolean grey : List.of(false, true)) {
      byte[] jpeg = jpeg(grey);
      Path cut = dir.resolve("cut-" + grey + ".jpg");
      Files.write(cut, Arrays.copyOf(jpeg, jpeg.length * 6 / 10));
      assertThatThrownBy(() -> ImageFiles.read(cut))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("truncated or corrupt")
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void aJpegWithGarbageInTheMiddleIsRefused() throws Exception {
    byte[] jpeg = jpeg(false);
    Random random = new Random(16);
    for (int trial = 0; trial < 5; trial++) {
      byte[] bad = jpeg.clone();
      int from = bad.length / 2 + trial * 97;
      for (int i = from; i < from + 64; i++) {
        bad[i] = (byte) random.nextInt(256);
      }
      Path file = dir.resolve("garbage-" + trial + ".jpg");
      Files.write(file, bad);
      assertThatThrownBy(() -> ImageFiles.read(file))
          .as("trial %d", trial)
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("truncated or corrupt");
    }
  }

  @Test
  void aCutFrameInAClipFolderIsRefused() throws Exception {
    Path frames = Files.createDirectory(dir.resolve("frames"));
    byte[] jpeg = jpeg(false);
    Files.write(frames.resolve("f1.jpg"), jpeg);
    Files.write(frames.resolve("f2.jpg"), Arrays.copyOf(jpeg, jpeg.length * 6 / 10));
    assertThatThrownBy(() -> FrameFiles.read(frames, 100))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("truncated or corrupt");
  }

  @Test
  void anIntactJpegIsRead() throws Exception {
    Path file = dir.resolve("ok.jpg");
    Files.write(file, jpeg(false));
    assertThat(ImageFiles.read(file).getWidth()).isEqualTo(400);
  }

  /** A busy 400×300 picture with text, so that every part of the file carries image data. */
  private static byte[] jpeg(boolean grey) throws Exception {
    BufferedImage img =
        new BufferedImage(
            400, 300, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      g.setColor(new Color(random.nextInt(0xFFFFFF)));
      g.fillOval(random.nextInt(400), random.nextInt(300), 30, 30);
    }
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
    g.drawString("DOE, JANE", 20, 150);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ImageIO.write(img, "jpeg", out);
    return out.toByteArray();
  }
}
