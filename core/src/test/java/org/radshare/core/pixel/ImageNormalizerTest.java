/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import org.junit.jupiter.api.Test;

class ImageNormalizerTest {

  @Test
  void sixteenBitGreyIsWindowedToItsOwnRange() {
    BufferedImage deep = new BufferedImage(3, 1, BufferedImage.TYPE_USHORT_GRAY);
    WritableRaster r = deep.getRaster();
    r.setSample(0, 0, 0, 1000);
    r.setSample(1, 0, 0, 1050);
    r.setSample(2, 0, 0, 1100);

    BufferedImage out = ImageNormalizer.normalize(deep);

    assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    assertThat(out.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x000000);
    assertThat(out.getRGB(1, 0) & 0xFF).isBetween(126, 129);
    assertThat(out.getRGB(2, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    assertThat(r.getSample(1, 0, 0)).as("input untouched").isEqualTo(1050);
  }

  @Test
  void flatSixteenBitGreyDoesNotDivideByZero() {
    BufferedImage flat = new BufferedImage(4, 4, BufferedImage.TYPE_USHORT_GRAY);
    assertThat(ImageNormalizer.normalize(flat).getRGB(2, 2) & 0xFFFFFF).isZero();
  }

  @Test
  void alphaIsCompositedOnBlackSoHiddenPixelsAreDropped() {
    BufferedImage argb = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
    argb.setRGB(0, 0, 0x00FFFFFF);
    argb.setRGB(1, 0, 0x80FF0000);
    argb.setRGB(2, 0, 0xFF00FF00);

    BufferedImage out = ImageNormalizer.normalize(argb);

    assertThat(out.getRGB(0, 0) & 0xFFFFFF).isZero();
    assertThat((out.getRGB(1, 0) >> 16) & 255).isBetween(127, 129);
    assertThat(out.getRGB(2, 0) & 0xFFFFFF).isEqualTo(0x00FF00);
    assertThat(argb.getRGB(0, 0)).isEqualTo(0x00FFFFFF);
  }

  @Test
  void indexedBinaryAndPackedImagesKeepTheirColours() {
    for (int type :
        new int[] {
          BufferedImage.TYPE_BYTE_INDEXED,
          BufferedImage.TYPE_BYTE_BINARY,
          BufferedImage.TYPE_USHORT_565_RGB,
          BufferedImage.TYPE_3BYTE_BGR,
          BufferedImage.TYPE_BYTE_GRAY
        }) {
      BufferedImage in = new BufferedImage(2, 2, type);
      in.setRGB(1, 1, 0xFFFFFF);
      BufferedImage out = ImageNormalizer.normalize(in);
      assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
      assertThat(out.getRGB(1, 1) & 0xFFFFFF).as("type %d", type).isEqualTo(0xFFFFFF);
      assertThat(out.getRGB(0, 0) & 0xFFFFFF).isZero();
    }
  }

  @Test
  void aSinglePixelIsFine() {
    BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    one.setRGB(0, 0, 0x123456);
    assertThat(ImageNormalizer.normalize(one).getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x123456);
  }

  @Test
  void theResultIsAlwaysANewImage() {
    BufferedImage rgb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    BufferedImage out = ImageNormalizer.normalize(rgb);
    out.setRGB(0, 0, 0xFFFFFF);
    assertThat(rgb.getRGB(0, 0) & 0xFFFFFF).isZero();
  }

  @Test
  void greySamplesAreCopiedNotColourManaged() {
    BufferedImage grey = new BufferedImage(256, 1, BufferedImage.TYPE_BYTE_GRAY);
    for (int x = 0; x < 256; x++) {
      grey.getRaster().setSample(x, 0, 0, x);
    }
    BufferedImage out = ImageNormalizer.normalize(grey);
    for (int x = 0; x < 256; x++) {
      assertThat(out.getRGB(x, 0) & 0xFFFFFF).isEqualTo((x << 16) | (x << 8) | x);
    }
  }

  @Test
  void linearRgbSamplesAreTakenAsTheyAre() {
    var cm =
        new java.awt.image.ComponentColorModel(
            java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB),
            false,
            false,
            java.awt.Transparency.OPAQUE,
            java.awt.image.DataBuffer.TYPE_BYTE);
    BufferedImage linear =
        new BufferedImage(cm, cm.createCompatibleWritableRaster(1, 1), false, null);
    linear.getRaster().setPixel(0, 0, new int[] {10, 100, 200});
    assertThat(ImageNormalizer.normalize(linear).getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x0A64C8);
    assertThat(PostableImage.of(linear).image().getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x0A64C8);
  }

  @Test
  void transparentPixelsAreFlattenedOnBlackAndOpaqueAlphaIsKept() {
    BufferedImage opaque = new BufferedImage(2, 1, BufferedImage.TYPE_4BYTE_ABGR);
    opaque.setRGB(0, 0, 0xFF123456);
    opaque.setRGB(1, 0, 0xFFABCDEF);
    BufferedImage kept = PostableImage.of(opaque).image();
    assertThat(kept.getColorModel().hasAlpha()).isTrue();
    assertThat(kept.getRGB(1, 0)).isEqualTo(0xFFABCDEF);

    opaque.setRGB(1, 0, 0x00ABCDEF);
    BufferedImage flat = PostableImage.of(opaque).image();
    assertThat(flat.getColorModel().hasAlpha()).isFalse();
    assertThat(flat.getRGB(1, 0) & 0xFFFFFF).as("hidden colour dropped").isZero();
    assertThat(flat.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x123456);
  }
}
