/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radshare.testdata.render.Region;
import org.radshare.testdata.scene.Still;
import org.radshare.testdata.scene.VariedSet;

/** The randomised harder set is reproducible from its seed, varied, and its truth is sound. */
class VariedSetTest {
  private static List<Still> set;

  @BeforeAll
  static void generate() {
    System.setProperty("java.awt.headless", "true");
    set = VariedSet.generate(2026, 60);
  }

  @Test
  void theSameSeedDrawsTheSamePixelsAndTruth() {
    List<Still> again = VariedSet.generate(2026, 3);
    for (int i = 0; i < again.size(); i++) {
      assertThat(again.get(i).regions()).isEqualTo(set.get(i).regions());
      assertThat(pixels(again.get(i).image())).isEqualTo(pixels(set.get(i).image()));
    }
  }

  @Test
  void everyIdentifierIsInsideItsImageAndNoTallerThanAQuarterOfIt() {
    for (Still s : set) {
      BufferedImage img = s.image();
      assertThat(s.regions()).as(s.id()).anyMatch(Region::phi);
      for (Region r : s.regions()) {
        assertThat(r.x()).isGreaterThanOrEqualTo(0);
        assertThat(r.y()).isGreaterThanOrEqualTo(0);
        assertThat(r.x() + r.width()).isLessThanOrEqualTo(img.getWidth());
        assertThat(r.y() + r.height()).isLessThanOrEqualTo(img.getHeight());
        assertThat(r.height()).as(s.id() + " " + r.text()).isLessThanOrEqualTo(img.getHeight() / 4);
      }
    }
  }

  @Test
  void theSetSpansSmallAndLargeTextFaintAndDeepImages() {
    int smallest =
        set.stream()
            .flatMap(s -> s.regions().stream())
            .mapToInt(Region::height)
            .min()
            .orElseThrow();
    int largest =
        set.stream()
            .flatMap(s -> s.regions().stream())
            .mapToInt(Region::height)
            .max()
            .orElseThrow();
    assertThat(smallest).isLessThanOrEqualTo(8);
    assertThat(largest).isGreaterThanOrEqualTo(80);
    assertThat(set).anyMatch(s -> s.kind().equals("faint"));
    assertThat(set).anyMatch(s -> s.image().getType() == BufferedImage.TYPE_USHORT_GRAY);
    assertThat(set).anyMatch(s -> s.kind().equals("form"));
    assertThat(set.stream().map(Still::kind).distinct().count()).isGreaterThanOrEqualTo(5);
  }

  private static Object pixels(BufferedImage img) {
    if (img.getType() == BufferedImage.TYPE_INT_RGB) {
      return Arrays.hashCode(((DataBufferInt) img.getRaster().getDataBuffer()).getData());
    }
    return Arrays.hashCode(
        img.getRaster().getPixels(0, 0, img.getWidth(), img.getHeight(), (int[]) null));
  }
}
