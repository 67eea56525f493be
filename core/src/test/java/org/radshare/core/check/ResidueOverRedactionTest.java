/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Finding;
import org.radshare.core.policy.Verdict;
import org.radshare.core.policy.VerdictEngine;

/**
 * Issue 10: text-like residue where a redaction was made blocks, never asks for review; residue
 * elsewhere keeps today's verdict. Stills pass their filled rectangles, clips every frame's mask.
 */
class ResidueOverRedactionTest {

  private static TextRegion unread(Box box) {
    return new TextRegion(
        box, "", 0, RegionClass.UNKNOWN_TEXT, List.of(), TextRegion.Source.GLYPH_CLUSTER);
  }

  private static Verdict verdict(List<TextRegion> residue, List<Box> filled) {
    List<Finding> out = new ArrayList<>();
    CheckRules.residual(residue, filled, out);
    return VerdictEngine.decide(out).verdict();
  }

  @Test
  void unreadResidueOverAStillsFilledBoxBlocks() {
    List<Box> filled = List.of(new Box(100, 100, 200, 40));
    assertThat(verdict(List.of(unread(new Box(280, 110, 60, 30))), filled))
        .isEqualTo(Verdict.BLOCK);
  }

  @Test
  void unreadResidueAwayFromEveryRedactionStaysReview() {
    List<Box> filled = List.of(new Box(100, 100, 200, 40));
    assertThat(verdict(List.of(unread(new Box(10, 400, 60, 30))), filled))
        .isEqualTo(Verdict.REVIEW);
  }

  @Test
  void unreadResidueOverABoxFilledOnAnyClipFrameBlocks() {
    // A clip's filled boxes are the union of its frames' masks: one frame's box is enough.
    List<Box> frameOne = List.of(new Box(0, 0, 50, 20));
    List<Box> frameTwo = List.of(new Box(300, 300, 80, 20));
    List<Box> filled = new ArrayList<>(frameOne);
    filled.addAll(frameTwo);
    assertThat(verdict(List.of(unread(new Box(350, 310, 20, 20))), filled))
        .isEqualTo(Verdict.BLOCK);
    assertThat(verdict(List.of(), filled)).isEqualTo(Verdict.PASS);
  }
}
