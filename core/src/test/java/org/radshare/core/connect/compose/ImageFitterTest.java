/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.TestImages;
import org.radshare.core.encode.CleanImageEncoder;
import org.radshare.core.encode.EncodedImage;
import org.radshare.core.encode.ImageFormat;

class ImageFitterTest {

  @Test
  void imageThatFitsIsReturnedUnchanged() {
    MediaItem small = TestImages.png(32, 32, "alt");
    assertThat(ImageFitter.fit(small, 1_000_000, 0)).containsSame(small);
  }

  @Test
  void tooManyPixelsIsDownscaledUnderThePixelCap() throws Exception {
    MediaItem img = TestImages.png(800, 600, "alt");
    MediaItem fitted = ImageFitter.fit(img, 10_000_000, 120_000).orElseThrow();
    assertThat((long) fitted.width() * fitted.height()).isLessThanOrEqualTo(120_000);
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(fitted.bytes()));
    assertThat(decoded.getWidth()).isEqualTo(fitted.width());
  }

  @Test
  void greyScaledForThePixelCapKeepsItsGreyValues() throws Exception {
    // 8-bit grey with an opaque alpha band, as many PNG tools write it: Java2D colour-manages
    // this one when drawing it onto RGB (grey 100 becomes 168).
    ColorModel cm =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_GRAY),
            true,
            false,
            Transparency.TRANSLUCENT,
            DataBuffer.TYPE_BYTE);
    WritableRaster raster = cm.createCompatibleWritableRaster(400, 300);
    for (int y = 0; y < 300; y++) {
      for (int x = 0; x < 400; x++) {
        raster.setSample(x, y, 0, 40 + (x * 120) / 400); // 40..159, mean ~99.5
        raster.setSample(x, y, 1, 255);
      }
    }
    BufferedImage grey = new BufferedImage(cm, raster, false, null);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(grey, "png", png);
    MediaItem item = new MediaItem(png.toByteArray(), "image/png", "alt", 400, 300);

    MediaItem fitted = ImageFitter.fit(item, 10_000_000, 30_000).orElseThrow();

    Raster out = ImageIO.read(new ByteArrayInputStream(fitted.bytes())).getRaster();
    double sum = 0;
    int min = 255;
    int max = 0;
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        int r = out.getSample(x, y, 0);
        if (out.getNumBands() >= 3) {
          assertThat(out.getSample(x, y, 1)).as("grey stays grey").isEqualTo(r);
          assertThat(out.getSample(x, y, 2)).as("grey stays grey").isEqualTo(r);
        }
        sum += r;
        min = Math.min(min, r);
        max = Math.max(max, r);
      }
    }
    double mean = sum / (out.getWidth() * out.getHeight());
    assertThat(mean).as("no brightening").isBetween(98.0, 101.0);
    assertThat(min).isBetween(40, 42);
    assertThat(max).isBetween(157, 159);
  }

  @Test
  void impossibleCapGivesEmpty() {
    MediaItem img = TestImages.noisyPng(300, 300, "alt", 3);
    assertThat(ImageFitter.fit(img, 100, 0)).isEmpty();
  }

  @Test
  void reencodedJpegCarriesNoApplicationSegmentAtAll() throws Exception {
    MediaItem big = TestImages.noisyPng(600, 500, "alt", 5);
    MediaItem fitted = ImageFitter.fit(big, big.size() / 3, 0).orElseThrow();

    assertThat(fitted.mimeType()).isEqualTo("image/jpeg");
    assertThat(hasNoAppSegmentOrComment(fitted.bytes()))
        .as("no JFIF APP0, EXIF, XMP or comment")
        .isTrue();
    CleanImageEncoder.requireClean(
        new EncodedImage(fitted.bytes(), ImageFormat.JPEG, fitted.width(), fitted.height()));
  }

  /** A JPEG without any APPn segment (JFIF APP0 included) or comment before the scan. */
  static boolean hasNoAppSegmentOrComment(byte[] jpeg) {
    int i = 2;
    while (i + 4 < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
      int marker = jpeg[i + 1] & 0xFF;
      int len = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
      if (marker == 0xDA) {
        return true; // start of scan: headers are over
      }
      if ((marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE) {
        return false;
      }
      i += 2 + len;
    }
    return false;
  }
}
