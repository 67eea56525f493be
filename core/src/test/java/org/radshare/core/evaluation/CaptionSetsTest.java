/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text screen over test-data's caption sets, the committed one and the seeded hard one: recall
 * at least 0.99 and precision at least 0.95 on each (the targets {@code radshare bench} prints).
 */
class CaptionSetsTest {

  private static final Path FIXTURES = Path.of("../test-data/fixtures");

  @Test
  void everyCaptionSetMeetsTheRecallAndPrecisionTargets() throws Exception {
    Map<String, CaptionScore> bySet = CaptionBenchmark.bySet(FIXTURES);

    assertThat(bySet).containsOnlyKeys(CaptionBenchmark.SETS);
    bySet.forEach(
        (set, score) -> {
          assertThat(score.recall()).as(set + " recall").isGreaterThanOrEqualTo(0.99);
          assertThat(score.precision()).as(set + " precision").isGreaterThanOrEqualTo(0.95);
        });
    assertThat(CaptionBenchmark.total(bySet).expectedFound()).isGreaterThan(300);
  }
}
