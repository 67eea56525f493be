/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final PixelScanner scanner = new PixelScanner();

  private static BufferedImage white(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, 0xFFFFFF);
      }
    }
    return img;
  }

  @Test
  void redactedClassesAndManualBoxesAreFilledWithAMarginBenignTextIsNot() {
    BufferedImage img = white(100, 100);
    List<TextRegion> regions =
        List.of(
            region(new Box(10, 10, 20, 9), RegionClass.PHI, TextRegion.Source.OCR),
            region(
                new Box(10, 40, 20, 9), RegionClass.UNKNOWN_TEXT, TextRegion.Source.GLYPH_CLUSTER),
            region(new Box(10, 70, 20, 9), RegionClass.BENIGN, TextRegion.Source.OCR),
            region(new Box(60, 70, 20, 9), RegionClass.BENIGN, TextRegion.Source.MANUAL));

    Redaction r = scanner.redact(img, regions);

    assertThat(r.filled()).hasSize(3);
    assertThat(r.image().getRGB(8, 9) & 0xFFFFFF).as("margin").isZero();
    assertThat(r.image().getRGB(20, 44) & 0xFFFFFF).isZero();
    assertThat(r.image().getRGB(20, 74) & 0xFFFFFF).as("benign kept").isEqualTo(0xFFFFFF);
    assertThat(r.image().getRGB(70, 74) & 0xFFFFFF).as("manual").isZero();
    assertThat(img.getRGB(20, 14) & 0xFFFFFF).as("input untouched").isEqualTo(0xFFFFFF);
  }

  @Test
  void boxesAreClippedToTheImageAndOverlapsCountOnce() {
    Redaction r =
        scanner.redactBoxes(white(10, 10), List.of(new Box(-0, 0, 30, 30), new Box(2, 2, 4, 4)));
    assertThat(r.filled()).allMatch(b -> b.right() <= 10 && b.bottom() <= 10);
    assertThat(r.filledFraction()).isEqualTo(1.0);
  }

  @Test
  void nothingToRedactGivesAnUntouchedCopy() {
    BufferedImage img = white(5, 5);
    Redaction r = scanner.redactBoxes(img, List.of());
    assertThat(r.image()).isNotSameAs(img);
    assertThat(r.filledFraction()).isZero();
  }

  private static TextRegion region(Box box, RegionClass c, TextRegion.Source source) {
    return new TextRegion(box, "", 0, c, List.of(), source);
  }
}
