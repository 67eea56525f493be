/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrToleranceTest {

  @ParameterizedTest(name = "[{index}] {0} ~ {1} = {2}")
  @CsvSource({
    "8377162, 8977162, true",
    "8377162, 8997162, false",
    "e421280644, £421280644, true",
    "e421280644, 421280644, true",
    "e421280644, e42128O644, true",
    "doe, d0e, true",
    "doe, dee, false",
    "william, wiliam, true",
    "william, willaim, true",
    "smith, srnith, true",
    "john, jon, true",
    "john, jane, false",
    "abc, abd, false",
    "bob, 8o8, true",
    "krabappel, krabapel, true",
    "krabappel, krbapel, true",
    "krabappel, kr4b4pp3l, false",
  })
  void matchesWithinTheLengthBudget(String value, String candidate, boolean expected) {
    assertThat(OcrTolerance.matches(value, candidate)).isEqualTo(expected);
  }

  @Test
  void budgetGrowsWithLength() {
    assertThat(OcrTolerance.budget(3)).isZero();
    assertThat(OcrTolerance.budget(4)).isEqualTo(1);
    assertThat(OcrTolerance.budget(7)).isEqualTo(1);
    assertThat(OcrTolerance.budget(8)).isEqualTo(2);
  }

  @Test
  void boundedDistance() {
    assertThat(OcrTolerance.distanceAtMost("kitten", "sitting", 3)).isTrue();
    assertThat(OcrTolerance.distanceAtMost("kitten", "sitting", 2)).isFalse();
    assertThat(OcrTolerance.distanceAtMost("", "ab", 2)).isTrue();
    assertThat(OcrTolerance.distanceAtMost("ab", "ba", 1)).isTrue();
    assertThat(OcrTolerance.distanceAtMost("a".repeat(10_000), "b".repeat(10_000), 2)).isFalse();
  }
}
