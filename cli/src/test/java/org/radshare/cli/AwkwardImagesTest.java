/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.encode.PngChunks;

/**
 * Valid but awkward images get a sane verdict (exit 0), never an internal error, and what redact
 * writes is clean: metadata-free and without the text that was in the input.
 */
class AwkwardImagesTest {

  @TempDir Path dir;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void onePixelImage() throws Exception {
    Path file = write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
    CliRun run = CliRun.of("scan", "--image", file.toString(), "--json");
    assertThat(run.exit()).isZero();
    assertThat(JSON.readTree(run.out()).get("textRegions")).isEmpty();
  }

  @Test
  void sixteenBitGreyWithText() throws Exception {
    BufferedImage grey = new BufferedImage(400, 200, BufferedImage.TYPE_USHORT_GRAY);
    Graphics2D g = grey.createGraphics();
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
    g.drawString("PATIENT HOLLOWAY", 20, 60);
    g.dispose();
    Path out = dir.resolve("out.png");
    CliRun run =
        CliRun.of("redact", "--image", write(grey).toString(), "--out", out.toString(), "--json");
    assertThat(run.exit()).isZero();
    assertThat(JSON.readTree(run.out()).get("verdict").asText()).isNotEqualTo("PASS");
    assertThat(out).exists();
    PngChunks.requireClean(Files.readAllBytes(out));
    CliRun again = CliRun.of("scan", "--image", out.toString(), "--json");
    assertThat(again.out()).doesNotContainIgnoringCase("holloway");
  }

  @Test
  void alphaChannelImage() throws Exception {
    BufferedImage argb = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = argb.createGraphics();
    g.setColor(new Color(255, 255, 0, 255));
    g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 20));
    g.drawString("ID 8377162", 10, 50);
    g.dispose();
    Path out = dir.resolve("alpha-out.png");
    CliRun run = CliRun.of("redact", "--image", write(argb).toString(), "--out", out.toString());
    assertThat(run.exit()).isZero();
    BufferedImage written = ImageIO.read(out.toFile());
    assertThat(written.getColorModel().hasAlpha()).isFalse();
    CliRun again = CliRun.of("scan", "--image", out.toString(), "--json");
    assertThat(again.out()).doesNotContain("8377162");
  }

  @Test
  void hugeImageFinishesWithAVerdict() throws Exception {
    BufferedImage big = new BufferedImage(8000, 8000, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = big.createGraphics();
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 60));
    g.drawString("HOLLOWAY^MARGARET", 200, 300);
    g.dispose();
    CliRun run = CliRun.of("scan", "--image", write(big).toString(), "--json");
    assertThat(run.exit()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("verdict").asText()).isNotEqualTo("PASS");
    assertThat(root.get("textRegions")).isNotEmpty();
  }

  private Path write(BufferedImage img) throws Exception {
    Path file = Files.createTempFile(dir, "img", ".png");
    ImageIO.write(img, "png", file.toFile());
    return file;
  }
}
