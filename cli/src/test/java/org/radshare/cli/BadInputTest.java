/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs get exit 2 and one line on stderr, and nothing is written. */
class BadInputTest {

  @TempDir Path dir;

  @Test
  void notAnImage() throws Exception {
    Path file = Files.writeString(dir.resolve("x.png"), "hello");
    assertBadInput(CliRun.of("scan", "--image", file.toString(), "--json"), "not a supported");
  }

  @Test
  void truncatedPng() throws Exception {
    BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < 300; i++) {
      img.setRGB(i, (i * 7) % 300, 0xFFFFFF);
    }
    Path full = dir.resolve("full.png");
    ImageIO.write(img, "png", full.toFile());
    byte[] bytes = Files.readAllBytes(full);
    Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(bytes, bytes.length / 2));
    Path out = dir.resolve("out.png");
    assertBadInput(
        CliRun.of("redact", "--image", cut.toString(), "--out", out.toString()), "truncated");
    assertThat(out).doesNotExist();
  }

  @Test
  void emptyAndMalformedHeaders() throws Exception {
    Path image = dir.resolve("img.png");
    ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
    Path empty = Files.createFile(dir.resolve("empty.json"));
    assertBadInput(
        CliRun.of("scan", "--image", image.toString(), "--header", empty.toString(), "--json"),
        "empty");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"00100010\": {\"vr\": ");
    assertBadInput(
        CliRun.of("scan", "--image", image.toString(), "--header", broken.toString(), "--json"),
        "not valid DICOM JSON");
    Path array = Files.writeString(dir.resolve("array.json"), "[1,2,3]");
    assertBadInput(
        CliRun.of("scan", "--image", image.toString(), "--header", array.toString(), "--json"),
        "not valid DICOM JSON");
  }

  @Test
  void usageErrors() throws Exception {
    assertBadInput(CliRun.of("scan", "--json"), "--image");
    Path image = dir.resolve("img.png");
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
    assertBadInput(
        CliRun.of("redact", "--image", image.toString(), "--out", dir.resolve("o.gif").toString()),
        ".png");
    assertBadInput(CliRun.of("scan", "--image", dir.resolve("none.png").toString()), "exist");
  }

  private static void assertBadInput(CliRun run, String reason) {
    assertThat(run.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).startsWith("radshare: ").contains(reason);
  }
}
