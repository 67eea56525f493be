/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.radshare.core.pixel.RegionClass;

class VerdictEngineTest {

  @Test
  void nothingFoundPasses() {
    Decision d = VerdictEngine.decide(List.of());
    assertThat(d.verdict()).isEqualTo(Verdict.PASS);
    assertThat(d.reasons()).isEmpty();
  }

  @Test
  void redactionNeedsReviewAndNamesCategoriesNotValues() {
    Decision d =
        VerdictEngine.decide(
            List.of(
                new Finding.RedactedText(
                    RegionClass.PHI, 2, new TreeSet<>(List.of("PatientName", "PatientID")))));
    assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(d.reasons().get(0).message()).contains("PatientID, PatientName");
  }

  @Test
  void failedCheckBlocksWhateverElseWasFound() {
    Decision d =
        VerdictEngine.decide(
            List.of(
                new Finding.MissingHeader(),
                new Finding.CheckFailed("OCR", "engine did not load"),
                new Finding.ResidualText(1, false, false)));
    assertThat(d.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(d.reasons().get(0).code()).isEqualTo("check.failed");
    assertThat(d.reasons()).hasSize(3);
  }

  @Test
  void captionIdentifiersAndResidualPhiBlock() {
    assertThat(
            VerdictEngine.decide(
                    List.of(new Finding.CaptionPhi(1, new TreeSet<>(List.of("PatientName")))))
                .verdict())
        .isEqualTo(Verdict.BLOCK);
    assertThat(VerdictEngine.decide(List.of(new Finding.ResidualText(1, true, false))).verdict())
        .isEqualTo(Verdict.BLOCK);
    assertThat(VerdictEngine.decide(List.of(new Finding.ResidualText(1, false, false))).verdict())
        .isEqualTo(Verdict.REVIEW);
  }

  @Test
  void headerFlagsRaiseTheFloor() {
    assertThat(
            VerdictEngine.decide(
                    List.of(new Finding.HeaderFlag("ultrasound", "Ultrasound image", false)))
                .verdict())
        .isEqualTo(Verdict.REVIEW);
    assertThat(
            VerdictEngine.decide(
                    List.of(new Finding.HeaderFlag("encapsulated-document", "Document", true)))
                .verdict())
        .isEqualTo(Verdict.BLOCK);
  }

  @Test
  void benignTextCannotBeARedactionFinding() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Finding.RedactedText(RegionClass.BENIGN, 1, new TreeSet<>()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
