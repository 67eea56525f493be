/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClipRangeTest {

  @Test
  void wholeSeriesWithAStepTakesEveryNthFrameFromTheFirst() {
    assertThat(new ClipRange.Whole().frames(7, 3)).containsExactly(0, 3, 6);
  }

  @Test
  void aroundTheCurrentFrameIsClippedToTheSeries() {
    assertThat(new ClipRange.AroundCurrent(1, 3).frames(10, 1)).containsExactly(0, 1, 2, 3, 4);
    assertThat(new ClipRange.AroundCurrent(9, 2).frames(10, 1)).containsExactly(7, 8, 9);
  }

  @Test
  void markedStartAndEndMayBeGivenInEitherOrder() {
    assertThat(new ClipRange.Marked(8, 5).frames(20, 2)).containsExactly(5, 7);
    assertThat(new ClipRange.Marked(18, 40).frames(20, 1)).containsExactly(18, 19);
  }

  @Test
  void badStepsAndEmptySeriesAreHandled() {
    assertThatThrownBy(() -> new ClipRange.Whole().frames(5, 0)).hasMessageContaining("at least 1");
    assertThat(new ClipRange.Whole().frames(0, 1)).isEmpty();
  }
}
