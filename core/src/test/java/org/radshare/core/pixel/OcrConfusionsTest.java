/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrConfusionsTest {
  @Test
  void overlayMisreadsAreUndoneForTheMatcher() {
    assertThat(OcrConfusions.variants("£421280644")).contains("E421280644");
    assertThat(OcrConfusions.variants("ID 83771O2")).contains("ID 8377102");
    assertThat(OcrConfusions.variants("SMITH")).containsExactly("SMITH");
  }
}
