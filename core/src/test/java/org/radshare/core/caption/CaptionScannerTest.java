/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.phi.PhiMatch;
import org.radshare.core.phi.PhiMatcher;
import org.radshare.core.phi.SyntheticHeaders;

class CaptionScannerTest {

  private static final PhiLexicon CT = PhiLexicon.from(SyntheticHeaders.ct());

  private static boolean overlaps(int s1, int e1, int s2, int e2) {
    return s1 < e2 && s2 < e1;
  }

  @Test
  void corpusRecallAndPrecision() {
    int expected = 0;
    int recalled = 0;
    int findings = 0;
    int correct = 0;
    List<String> problems = new ArrayList<>();
    for (CaptionCorpus.Case c : CaptionCorpus.cases()) {
      List<CaptionFinding> found = CaptionScanner.scan(c.caption(), CT);
      for (int[] span : c.spans()) {
        expected++;
        boolean hit = found.stream().anyMatch(f -> overlaps(f.start(), f.end(), span[0], span[1]));
        if (hit) {
          recalled++;
        } else {
          problems.add("missed in: " + c.caption());
        }
      }
      for (CaptionFinding f : found) {
        findings++;
        boolean right = c.spans().stream().anyMatch(s -> overlaps(f.start(), f.end(), s[0], s[1]));
        if (right) {
          correct++;
        } else {
          problems.add("false " + f.category() + " '" + f.text() + "' in: " + c.caption());
        }
      }
    }
    double recall = (double) recalled / expected;
    double precision = findings == 0 ? 1 : (double) correct / findings;
    assertThat(recall).as("recall; problems: %s", problems).isGreaterThanOrEqualTo(0.98);
    assertThat(precision).as("precision; problems: %s", problems).isGreaterThanOrEqualTo(0.90);
    assertThat(problems).as("every corpus case").isEmpty();
  }

  @Test
  void findingsCarryTheCaptionSubstringAndHeaderCategory() {
    String caption = "Thanks Dr Müller! Pt John Doe, call 217-555-0134.";
    List<CaptionFinding> found = CaptionScanner.scan(caption, CT);
    assertThat(found)
        .extracting(CaptionFinding::text, CaptionFinding::category)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Müller", "ReferringPhysicianName"),
            org.assertj.core.groups.Tuple.tuple("John Doe", "PatientName"),
            org.assertj.core.groups.Tuple.tuple("217-555-0134", "PatientTelephoneNumbers"));
    for (CaptionFinding f : found) {
      assertThat(caption.substring(f.start(), f.end())).isEqualTo(f.text());
    }
  }

  @Test
  void withoutHeaderOnlySafeHarborPatternsApply() {
    String caption = "John Doe, 95 yo, call 217-555-0134";
    assertThat(CaptionScanner.scan(caption, PhiMatcher.none()))
        .extracting(CaptionFinding::category)
        .containsExactly("AgeOver89", "Phone");
    assertThat(CaptionScanner.scan(caption, null)).hasSize(2);
  }

  @Test
  void overlappingFindingsMergeIntoOneSpan() {
    PhiMatcher overlapping =
        text -> List.of(new PhiMatch(0, 8, "PatientName"), new PhiMatch(5, 12, "PatientID"));
    List<CaptionFinding> found = CaptionScanner.scan("John Doe 1234 x", overlapping);
    assertThat(found).containsExactly(new CaptionFinding(0, 12, "John Doe 123", "PatientName"));
  }

  @Test
  void misbehavingMatcherCannotCrashTheScan() {
    PhiMatcher overshooting = text -> List.of(new PhiMatch(2, 999, "PatientName"));
    assertThat(CaptionScanner.scan("abc", overshooting))
        .containsExactly(new CaptionFinding(2, 3, "c", "PatientName"));
  }

  @Test
  void emptyAndNullCaptions() {
    assertThat(CaptionScanner.scan("", CT)).isEmpty();
    assertThat(CaptionScanner.scan(null, CT)).isEmpty();
  }
}
