/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The refusal names each kind of identifier in words a radiologist reads without a pause. */
class TextScreenWordsTest {

  @Test
  void headerAttributesReadAsWords() {
    assertThat(TextScreen.describe("PatientName")).isEqualTo("Patient name");
    assertThat(TextScreen.describe("PatientID")).isEqualTo("Patient ID");
    assertThat(TextScreen.describe("AccessionNumber")).isEqualTo("Accession number");
  }

  @Test
  void patternsReadWithTheirArticle() {
    assertThat(TextScreen.describe("SsnLike")).isEqualTo("A social security number");
    assertThat(TextScreen.describe("")).isEqualTo("An identifier");
  }
}
