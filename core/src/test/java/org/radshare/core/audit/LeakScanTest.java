/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeakScanTest {

  @TempDir Path dir;

  @Test
  void findsForbiddenStringsInAnyFileCaseInsensitively() throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/b/app.log"), "posted for doe^john ok");
    Files.write(dir.resolve("a/report.txt"), "MRN E421280644".getBytes(StandardCharsets.UTF_16LE));
    Files.writeString(dir.resolve("clean.jsonl"), "{\"patient\":\"8f92\"}");
    List<LeakScan.Hit> hits = LeakScan.scan(dir, List.of("DOE^JOHN", "e421280644", "Smith"));
    assertThat(hits)
        .extracting(h -> dir.relativize(h.file()).toString() + "#" + h.needleIndex())
        .containsExactly("a/b/app.log#0", "a/report.txt#1");
    assertThat(hits.get(0).offset()).isEqualTo(11);
  }

  @Test
  void anAuditLogWithItsMediaAndReportHoldsNoIdentifier() throws Exception {
    try (AuditLog audit =
        AuditLog.open(dir.resolve("audit.jsonl"), AuditFixtures.pseudonymizer())) {
      audit.recordResult(
          audit.recordIntent(AuditFixtures.intent("alice")), new ShareOutcome.Cancelled());
    }
    assertThat(
            LeakScan.scan(
                dir, List.of(AuditFixtures.PATIENT_ID, AuditFixtures.STUDY_UID, "8377162")))
        .isEmpty();
  }
}
