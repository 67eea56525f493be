/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Degenerate and huge frames finish with a sane answer. */
class BoundedWorkTest {
  private static final PixelScanner SCANNER = new PixelScanner();

  @Test
  void onePixelAndSlivers() throws Exception {
    for (int[] size : new int[][] {{1, 1}, {2, 2}, {3, 500}, {500, 3}}) {
      BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
      VerifiedRedaction v = SCANNER.redactAndVerify(img, Scenes.PHI_VALUES);
      assertThat(v.regions()).isEmpty();
      assertThat(v.image().getWidth()).isEqualTo(size[0]);
    }
  }

  @Test
  void sixteenBitGreyAndAlphaInputsAreScanned() throws Exception {
    Scene ct = Scenes.inverted();
    BufferedImage deep = new BufferedImage(512, 512, BufferedImage.TYPE_USHORT_GRAY);
    BufferedImage argb = new BufferedImage(512, 512, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 512; y++) {
      for (int x = 0; x < 512; x++) {
        int v = ct.image.getRGB(x, y) & 255;
        deep.getRaster().setSample(x, y, 0, 2000 + v * 8);
        argb.setRGB(x, y, 0xFF000000 | (ct.image.getRGB(x, y) & 0xFFFFFF));
      }
    }
    for (BufferedImage img : new BufferedImage[] {deep, argb}) {
      assertThat(SCANNER.detect(img, Scenes.PHI_VALUES)).anyMatch(TextRegion::phi);
    }
  }

  @Test
  void anEightThousandSquareFrameIsScannedAndItsNameRemoved() throws Exception {
    BufferedImage huge = new BufferedImage(8000, 8000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = huge.createGraphics();
    g.setColor(new Color(40, 40, 40));
    g.fillRect(0, 0, 8000, 8000);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
    g.drawString("SMITHSON JOHANNA", 7000, 7900);
    g.dispose();

    VerifiedRedaction v = SCANNER.redactAndVerify(huge, Scenes.PHI_VALUES);

    assertThat(v.regions()).anyMatch(r -> r.classification().redacted() && r.box().x() >= 6990);
    assertThat(v.clean()).isTrue();
    assertThat(v.image().getRGB(7100, 7890) & 0xFFFFFF).isZero();
  }
}
