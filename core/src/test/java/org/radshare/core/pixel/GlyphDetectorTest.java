/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The OCR-independent detector on its own: text is found, anatomy and edges are not. */
class GlyphDetectorTest {

  private static List<TextLineGrouper.Line> lines(Scene s) {
    var rgb = ImageNormalizer.normalize(s.image);
    return CandidateMerger.merge(rgb, TextLineGrouper.group(GlyphDetector.detect(rgb)));
  }

  @Test
  void eachTextLineBecomesOneCandidateInEitherPolarityAndAnyColour() {
    Scene s = new Scene(300, 120, 1).fill(Color.BLACK);
    s.text("ABCDEF 123", 10, 20, 12, Color.WHITE, Scene.Kind.OTHER);
    s.text("ghijk 456", 10, 36, 12, new Color(255, 230, 40), Scene.Kind.OTHER);
    s.rect(150, 60, 150, 60, new Color(230, 230, 230));
    s.text("Dark ink", 160, 90, 12, new Color(20, 20, 120), Scene.Kind.OTHER);

    List<TextLineGrouper.Line> lines = lines(s);

    assertThat(lines).hasSize(3);
    for (Scene.Label label : s.labels) {
      assertThat(lines).filteredOn(l -> l.box().intersects(label.box())).hasSize(1);
    }
  }

  @Test
  void smoothGradientsNoiseAndStepEdgesAreNotText() {
    Scene s = new Scene(256, 256, 2);
    Random random = new Random(2);
    for (int y = 0; y < 256; y++) {
      for (int x = 0; x < 256; x++) {
        int v = (int) Math.max(0, Math.min(255, x / 2 + y / 4 + random.nextGaussian() * 20));
        s.image.setRGB(x, y, v * 0x010101);
      }
    }
    s.rect(40, 40, 60, 20, Color.BLACK).rect(120, 40, 60, 20, Color.BLACK);

    assertThat(lines(s)).isEmpty();
  }

  @Test
  void tinyImagesHaveNoGlyphs() {
    assertThat(lines(new Scene(1, 1, 3))).isEmpty();
    assertThat(lines(new Scene(3, 200, 3))).isEmpty();
  }
}
