/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.ScanReport;

class ShareIntentTest {

  @Test
  void findingsAreCountedByKindWithoutTheirText() {
    TextRegion name =
        new TextRegion(
            new Box(0, 0, 10, 10),
            "DOE JOHN",
            0.9,
            RegionClass.PHI,
            List.of("PatientName"),
            TextRegion.Source.OCR);
    TextRegion unknown =
        new TextRegion(
            new Box(0, 20, 10, 10),
            "XQ7",
            0.4,
            RegionClass.UNKNOWN_TEXT,
            List.of(),
            TextRegion.Source.GLYPH_CLUSTER);
    ScanReport report =
        new ScanReport(
            Verdict.REVIEW,
            List.of(new Reason("pixel.phi", Verdict.REVIEW, "Burned-in name redacted")),
            List.of(name, name, unknown),
            List.of(new CaptionFinding(0, 4, "Jane", "PatientName")),
            List.of(unknown),
            12);
    assertThat(ShareIntent.findingKindsOf(report))
        .containsExactly(
            java.util.Map.entry("caption.PatientName", 1),
            java.util.Map.entry("pixel.PHI", 2),
            java.util.Map.entry("pixel.UNKNOWN_TEXT", 1),
            java.util.Map.entry("pixel.match.PatientName", 2),
            java.util.Map.entry("reason.pixel.phi", 1),
            java.util.Map.entry("residual", 1));
    assertThat(ShareIntent.findingKindsOf(report).toString())
        .doesNotContain("DOE")
        .doesNotContain("Jane");
  }
}
