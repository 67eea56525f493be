/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

  @TempDir Path dir;

  @Test
  void readsAPng() throws Exception {
    Path file = write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png");
    BufferedImage img = ImageFiles.read(file);
    assertThat(img.getWidth()).isEqualTo(30);
    assertThat(img.getHeight()).isEqualTo(20);
  }

  @Test
  void readsSixteenBitGreyAndOnePixelImages() throws Exception {
    assertThat(
            ImageFiles.read(write(new BufferedImage(40, 40, BufferedImage.TYPE_USHORT_GRAY), "png"))
                .getWidth())
        .isEqualTo(40);
    assertThat(
            ImageFiles.read(write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB), "png"))
                .getHeight())
        .isEqualTo(1);
  }

  @Test
  void textFileIsNotAnImage() throws Exception {
    Path file = dir.resolve("notes.png");
    Files.writeString(file, "PATIENT: nobody\n");
    assertThatThrownBy(() -> ImageFiles.read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a supported image");
  }

  @Test
  void truncatedPngIsCorrupt() throws Exception {
    BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < 200; i++) {
      img.setRGB(i, i, 0xFFFFFF * (i % 2));
    }
    Path full = write(img, "png");
    byte[] bytes = Files.readAllBytes(full);
    Path cut = dir.resolve("cut.png");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> ImageFiles.read(cut))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("truncated or corrupt");
  }

  @Test
  void missingFileAndEmptyFileAreBadInput() throws Exception {
    assertThatThrownBy(() -> ImageFiles.read(dir.resolve("absent.png")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("does not exist");
    Path empty = Files.createFile(dir.resolve("empty.png"));
    assertThatThrownBy(() -> ImageFiles.read(empty)).isInstanceOf(BadInputException.class);
  }

  @Test
  void headerClaimingAHugeImageIsRefusedBeforeDecoding() throws Exception {
    // A valid PNG signature and IHDR claiming 20000×20000, with no pixel data at all.
    byte[] ihdr = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1a,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0x4e,
      0x20,
      0,
      0,
      0x4e,
      0x20,
      8,
      2,
      0,
      0,
      0,
      0,
      0,
      0,
      0
    };
    Path bomb = dir.resolve("bomb.png");
    Files.write(bomb, ihdr);
    assertThatThrownBy(() -> ImageFiles.read(bomb))
        .isInstanceOf(BadInputException.class)
        .hasMessageMatching(".*(megapixel limit|truncated or corrupt).*");
  }

  private Path write(BufferedImage img, String format) throws Exception {
    Path file = Files.createTempFile(dir, "img", "." + format);
    ImageIO.write(img, format, file.toFile());
    return file;
  }
}
