/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

class CleanImageEncoderTest {

  private static final String SECRET = "DOE^JOHN 8377162";

  @Test
  void pngFromAnImageThatCarriedTextChunksHasOnlyCriticalChunks() throws Exception {
    byte[] dirty = pngWithTextChunk(sample(), "PatientName", SECRET);
    assertThat(new String(dirty, StandardCharsets.ISO_8859_1)).contains(SECRET);
    assertThat(PngChunks.walk(dirty)).extracting(PngChunks.Chunk::type).contains("tEXt");

    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(dirty));
    EncodedImage clean = CleanImageEncoder.png(decoded);

    assertThat(PngChunks.walk(clean.bytes()))
        .extracting(PngChunks.Chunk::type)
        .allMatch(PngChunks.ALLOWED::contains)
        .startsWith("IHDR")
        .endsWith("IEND");
    assertThat(new String(clean.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("DOE");
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
    assertThat(back.getRGB(10, 10)).isEqualTo(decoded.getRGB(10, 10));
    assertThat(back.getRGB(200, 100)).isEqualTo(decoded.getRGB(200, 100));
  }

  @Test
  void requireCleanRejectsAncillaryChunks() throws Exception {
    byte[] dirty = pngWithTextChunk(sample(), "Comment", "x");
    assertThatThrownBy(() -> PngChunks.requireClean(dirty))
        .isInstanceOf(MetadataFoundException.class)
        .hasMessageContaining("tEXt");
  }

  @Test
  void truncatedPngIsRejectedNotWalkedPastTheEnd() throws Exception {
    byte[] png = CleanImageEncoder.png(sample()).bytes();
    byte[] cut = java.util.Arrays.copyOf(png, png.length - 20);
    assertThatThrownBy(() -> PngChunks.walk(cut)).isInstanceOf(MetadataFoundException.class);
  }

  @Test
  void jpegHasNoAppOrCommentSegmentsAndStillDecodes() throws Exception {
    EncodedImage jpeg = CleanImageEncoder.jpeg(sample(), 0.9f);

    assertThat(JpegSegments.walk(jpeg.bytes()))
        .noneMatch(JpegSegments.Segment::isAppOrComment)
        .extracting(JpegSegments.Segment::marker)
        .contains(0xDB, 0xC4, 0xDA);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg.bytes()));
    assertThat(back.getWidth()).isEqualTo(320);
    assertThat(back.getHeight()).isEqualTo(240);
  }

  @Test
  void plainJdkJpegCarriesJfifAndIsCaughtByTheWalker() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(sample(), "jpeg", out);
    assertThatThrownBy(() -> JpegSegments.requireClean(out.toByteArray()))
        .isInstanceOf(MetadataFoundException.class)
        .hasMessageContaining("0xFFE0");
  }

  @Test
  void alphaIsCompositedAwayAndNoAlphaChannelLeaves() throws Exception {
    BufferedImage argb = new BufferedImage(50, 40, BufferedImage.TYPE_INT_ARGB);
    argb.setRGB(5, 5, 0x00FF0000); // fully transparent red: must not be recoverable
    argb.setRGB(6, 6, 0xFF00FF00);
    EncodedImage png = CleanImageEncoder.png(argb);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(png.bytes()));
    assertThat(back.getColorModel().hasAlpha()).isFalse();
    assertThat(back.getRGB(5, 5) & 0xFFFFFF).isZero();
    assertThat(back.getRGB(6, 6) & 0xFFFFFF).isEqualTo(0x00FF00);
  }

  @Test
  void fitWithinFallsBackToJpegAndDownscalingUnderTheCap() throws Exception {
    BufferedImage noise = new BufferedImage(900, 900, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < 900; y++) {
      for (int x = 0; x < 900; x++) {
        noise.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    EncodedImage fitted = CleanImageEncoder.fitWithin(noise, 150_000);
    assertThat(fitted.size()).isLessThanOrEqualTo(150_000);
    assertThat(fitted.format()).isEqualTo(ImageFormat.JPEG);
    CleanImageEncoder.requireClean(fitted);
  }

  @Test
  void fitWithinKeepsPngWhenItFits() {
    EncodedImage fitted = CleanImageEncoder.fitWithin(sample(), 10_000_000);
    assertThat(fitted.format()).isEqualTo(ImageFormat.PNG);
    assertThat(fitted.sha256()).hasSize(64);
  }

  private static BufferedImage sample() {
    BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.DARK_GRAY);
    g.fillRect(0, 0, 320, 240);
    g.setColor(Color.WHITE);
    g.fillOval(60, 40, 200, 160);
    g.dispose();
    return img;
  }

  private static byte[] pngWithTextChunk(BufferedImage img, String key, String value)
      throws Exception {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    IIOMetadata meta =
        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
    IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
    entry.setAttribute("keyword", key);
    entry.setAttribute("value", value);
    IIOMetadataNode text = new IIOMetadataNode("tEXt");
    text.appendChild(entry);
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(text);
    meta.mergeTree("javax_imageio_png_1.0", root);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(new IIOImage(img, null, meta));
    }
    writer.dispose();
    return out.toByteArray();
  }
}
