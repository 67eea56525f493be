/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;

class RedactionPlanTest {

  private static TextRegion region(Box box, RegionClass c) {
    return new TextRegion(box, "", 0, c, List.of(), TextRegion.Source.GLYPH_CLUSTER);
  }

  private final RedactionPlan plan =
      new RedactionPlan(
          100,
          50,
          List.of(
              region(new Box(0, 0, 60, 20), RegionClass.PHI),
              region(new Box(10, 5, 10, 5), RegionClass.BENIGN),
              region(new Box(70, 30, 20, 10), RegionClass.UNKNOWN_TEXT)));

  @Test
  void startsFromTheClassification() {
    assertThat(plan.isRedacted(0)).isTrue();
    assertThat(plan.isRedacted(1)).isFalse();
    assertThat(plan.isRedacted(2)).isTrue();
    assertThat(plan.redactionBoxes())
        .containsExactly(new Box(0, 0, 60, 20), new Box(70, 30, 20, 10));
  }

  @Test
  void picksTheSmallestRegionUnderThePointer() {
    assertThat(plan.regionAt(12, 7)).isEqualTo(1);
    assertThat(plan.regionAt(40, 10)).isEqualTo(0);
    assertThat(plan.regionAt(95, 45)).isEqualTo(-1);
    assertThat(plan.regionAt(60, 10)).as("right edge is exclusive").isEqualTo(-1);
  }

  @Test
  void togglesAndDrawsBoxesClippedToTheImage() {
    plan.toggle(1);
    assertThat(plan.isRedacted(1)).isTrue();
    assertThat(plan.addManualBox(new Box(90, 40, 50, 50))).contains(new Box(90, 40, 10, 10));
    assertThat(plan.addManualBox(new Box(200, 200, 5, 5))).isEmpty();
    assertThat(plan.redactionBoxes()).hasSize(4).endsWith(new Box(90, 40, 10, 10));
    plan.removeManualBox(0);
    assertThat(plan.manualBoxes()).isEmpty();
  }

  @Test
  void cropIsClippedAndMustOverlap() {
    plan.setCrop(new Box(50, 25, 100, 100));
    assertThat(plan.crop()).contains(new Box(50, 25, 50, 25));
    assertThat(plan.isPosted(new Box(0, 0, 10, 10))).isFalse();
    assertThatThrownBy(() -> plan.setCrop(new Box(300, 300, 10, 10)))
        .isInstanceOf(IllegalArgumentException.class);
    plan.clearCrop();
    assertThat(plan.crop()).isEmpty();
  }

  @Test
  void badIndicesAndEmptyImagesAreRefused() {
    assertThatThrownBy(() -> plan.toggle(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new RedactionPlan(0, 10, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
