/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 4: {@code scan} and {@code redact} over several images print one JSON object per
 * line, and a bad file anywhere in the batch is the usual bad input (exit 2, one line, nothing
 * printed or written). Issue 10 item 6: a cut JPEG is bad input.
 */
class BatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void scanOverAFolderPrintsOneJsonObjectPerImage() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("in"));
    image(folder.resolve("a.png"), "png", 0x202020);
    image(folder.resolve("b.jpg"), "jpeg", 0x404040);
    image(folder.resolve("c.png"), "png", 0x606060);
    Files.writeString(folder.resolve("notes.txt"), "not an image");

    CliRun run = CliRun.of("scan", "--image", folder.toString(), "--json");

    assertThat(run.exit()).isZero();
    List<String> lines = run.out().strip().lines().toList();
    assertThat(lines).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonNode line = JSON.readTree(lines.get(i));
      assertThat(line.get("image").asText()).endsWith(List.of("a.png", "b.jpg", "c.png").get(i));
      assertThat(line.get("verdict").asText()).isIn("PASS", "REVIEW", "BLOCK");
      assertThat(line.has("textRegions")).isTrue();
      assertThat(line.has("captionFindings")).isTrue();
      assertThat(line.has("elapsedMillis")).isTrue();
    }
  }

  @Test
  void redactOverRepeatedImagesWritesALosslessPngForEach() throws Exception {
    Path a = image(dir.resolve("a.png"), "png", 0x303030);
    Path b = image(dir.resolve("b.jpg"), "jpeg", 0x505050);
    Path out = dir.resolve("out");

    CliRun run =
        CliRun.of(
            "redact", "--image", a.toString(), "--image", b.toString(), "--out", out.toString());

    assertThat(run.exit()).isZero();
    List<String> lines = run.out().strip().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines.get(1)).get("written").asText()).endsWith("b.png");
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.png", "b.png");
    }
    assertThat(ImageIO.read(out.resolve("b.png").toFile()).getRaster().getPixel(5, 5, (int[]) null))
        .as("the decoded JPEG, written losslessly")
        .containsExactly(ImageIO.read(b.toFile()).getRaster().getPixel(5, 5, (int[]) null));
  }

  @Test
  void oneCutJpegInTheBatchChangesNothing() throws Exception {
    Path good = image(dir.resolve("good.png"), "png", 0x303030);
    Path jpeg = image(dir.resolve("full.jpg"), "jpeg", 0x505050);
    byte[] bytes = Files.readAllBytes(jpeg);
    Path cut = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(bytes, bytes.length * 6 / 10));
    Path out = dir.resolve("out");

    CliRun run =
        CliRun.of(
            "redact",
            "--image",
            good.toString(),
            "--image",
            cut.toString(),
            "--out",
            out.toString());

    assertThat(run.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("truncated or corrupt");
    assertThat(out).doesNotExist();
  }

  @Test
  void aSingleCutJpegIsBadInputAndNothingIsWritten() throws Exception {
    Path jpeg = image(dir.resolve("full.jpg"), "jpeg", 0x505050);
    byte[] bytes = Files.readAllBytes(jpeg);
    Path cut = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(bytes, bytes.length * 6 / 10));
    Path out = dir.resolve("o.png");

    CliRun run = CliRun.of("redact", "--image", cut.toString(), "--out", out.toString());

    assertThat(run.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(out).doesNotExist();
  }

  @Test
  void twoInputsThatWouldWriteOneFileAreRefused() throws Exception {
    Path a = image(dir.resolve("same.png"), "png", 0x303030);
    Path b = image(dir.resolve("same.jpg"), "jpeg", 0x505050);
    CliRun run =
        CliRun.of(
            "redact",
            "--image",
            a.toString(),
            "--image",
            b.toString(),
            "--out",
            dir.resolve("o").toString());
    assertThat(run.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("would both be written");
  }

  /** A 200×150 picture with a gradient and some structure, so a cut leaves pixels undecoded. */
  private static Path image(Path file, String format, int base) throws Exception {
    BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 150; y++) {
      for (int x = 0; x < 200; x++) {
        img.setRGB(x, y, base + ((x * 7 + y * 13) % 64) * 0x010101);
      }
    }
    ImageIO.write(img, format, file.toFile());
    return file;
  }
}
