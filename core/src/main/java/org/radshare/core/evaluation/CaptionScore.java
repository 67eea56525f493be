/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

/**
 * Caption scanner counts over the caption cases. Recall counts expected identifying spans that some
 * finding overlaps; precision counts findings that overlap some expected span.
 */
public record CaptionScore(
    int expectedFound, int expectedMissed, int findingsCorrect, int findingsWrong) {

  public double recall() {
    int expected = expectedFound + expectedMissed;
    return expected == 0 ? 1.0 : expectedFound / (double) expected;
  }

  public double precision() {
    int found = findingsCorrect + findingsWrong;
    return found == 0 ? 1.0 : findingsCorrect / (double) found;
  }

  public CaptionScore plus(CaptionScore o) {
    return new CaptionScore(
        expectedFound + o.expectedFound,
        expectedMissed + o.expectedMissed,
        findingsCorrect + o.findingsCorrect,
        findingsWrong + o.findingsWrong);
  }
}
