/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;

/** Which frames each detected region is filled on. */
class DetectedMaskTest {
  private static final Box NAME = new Box(5, 5, 60, 8);
  private static final Box SMUDGE = new Box(80, 80, 20, 10);
  private static final Box BLOB = new Box(120, 40, 16, 9);
  private static final Box SCALE = new Box(5, 200, 30, 8);

  /** Frames 0–5; 1 repeats 0's text, 3 and 5 repeat 2's, 4 is scanned itself. */
  private static final List<FrameCoverage> COVERAGE =
      List.of(
          new FrameCoverage.Scanned(0),
          new FrameCoverage.SameTextAs(1, 0),
          new FrameCoverage.Scanned(2),
          new FrameCoverage.SameTextAs(3, 2),
          new FrameCoverage.Scanned(4),
          new FrameCoverage.SameTextAs(5, 2));

  private static FrameRegion region(int frame, Box box, RegionClass c) {
    return new FrameRegion(
        frame, new TextRegion(box, "", 0, c, List.of(), TextRegion.Source.GLYPH_CLUSTER));
  }

  @Test
  void identifyingAndCompositeTextIsFilledOnEveryFrame() {
    ClipMask mask =
        DetectedMask.of(
            List.of(
                region(4, NAME, RegionClass.PHI),
                region(FrameRegion.COMPOSITE, SMUDGE, RegionClass.UNKNOWN_TEXT)),
            COVERAGE,
            ClipMask.of(List.of()));
    for (int i = 0; i < 6; i++) {
      assertThat(mask.boxesFor(i)).as("frame %d", i).contains(NAME, SMUDGE);
    }
  }

  @Test
  void unreadableTextOfOneFrameIsFilledOnItAndOnEveryFrameWithTheSameText() {
    ClipMask mask =
        DetectedMask.of(
            List.of(region(2, BLOB, RegionClass.UNKNOWN_TEXT)), COVERAGE, ClipMask.of(List.of()));
    assertThat(mask.everyFrame()).isEmpty();
    assertThat(mask.ranged()).as("manual boxes stay apart").isEmpty();
    for (int i = 0; i < 6; i++) {
      assertThat(mask.boxesFor(i).contains(BLOB))
          .as("frame %d", i)
          .isEqualTo(i == 2 || i == 3 || i == 5);
    }
    assertThat(mask.detected())
        .containsExactly(new ClipMask.RangedBox(BLOB, 2, 3), new ClipMask.RangedBox(BLOB, 5, 5));
    assertThat(mask.everywhere().boxesFor(0)).containsExactly(BLOB);
  }

  @Test
  void benignTextIsNotFilledAndManualBoxesAreKept() {
    ClipMask manual = ClipMask.of(List.of(new Box(1, 1, 4, 4))).plusRange(BLOB, 1, 2);
    ClipMask mask =
        DetectedMask.of(List.of(region(0, SCALE, RegionClass.BENIGN)), COVERAGE, manual);
    assertThat(mask).isEqualTo(manual);
  }
}
