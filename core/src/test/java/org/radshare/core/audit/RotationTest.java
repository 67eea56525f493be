/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.VerifyReport.Integrity;

/** Rotation by size and by month carries the chain across files, and the set verifies as one. */
class RotationTest {

  @TempDir Path dir;

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  private static void share(Path log, AuditOptions options, String user) throws Exception {
    try (AuditLog audit = AuditLog.open(log, AuditFixtures.pseudonymizer(), options)) {
      audit.recordResult(
          audit.recordIntent(AuditFixtures.intent(user)), new ShareOutcome.Cancelled());
    }
  }

  private static final AuditOptions BY_SIZE =
      AuditOptions.defaults().withRotation(new AuditOptions.Rotation(1500, false));

  /** A log of {@code shares} attempts rotated every 1500 bytes. */
  private Path bySize(int shares) throws Exception {
    Path log = dir.resolve("audit.jsonl");
    for (int i = 0; i < shares; i++) {
      share(log, BY_SIZE, "user" + i);
    }
    return log;
  }

  @Test
  void sizeRotationCarriesTheChainAndTheSetVerifies() throws Exception {
    Path log = bySize(6);
    List<Path> set = LogRotation.setOf(log);
    assertThat(set.size()).isGreaterThan(2);
    assertThat(set.get(set.size() - 1)).isEqualTo(log);
    VerifyReport whole = new AuditVerifier(Optional.empty()).verify(set);
    assertThat(whole.integrity()).isEqualTo(Integrity.INTACT);
    assertThat(AuditTrail.read(set, Instant.EPOCH)).hasSize(6);
    // The live file alone verifies too, and says it continues an earlier file.
    VerifyReport live = new AuditVerifier(Optional.empty()).verify(log);
    assertThat(live.integrity()).isEqualTo(Integrity.INTACT);
    assertThat(live.notices()).anyMatch(n -> n.contains("continuing"));
  }

  @Test
  void monthRotationStartsANewFileInANewMonth() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    AuditOptions monthly = AuditOptions.defaults().withRotation(new AuditOptions.Rotation(0, true));
    share(log, monthly.withClock(at("2026-03-30T10:00:00Z")), "alice");
    share(log, monthly.withClock(at("2026-03-31T23:59:00Z")), "bob");
    share(log, monthly.withClock(at("2026-04-01T00:01:00Z")), "carol");
    List<Path> set = LogRotation.setOf(log);
    assertThat(set).hasSize(2);
    assertThat(AuditTrail.read(List.of(set.get(0)), Instant.EPOCH))
        .extracting(e -> e.actor().osUser())
        .containsExactly("alice", "bob");
    assertThat(new AuditVerifier(Optional.empty()).verify(set).integrity())
        .isEqualTo(Integrity.INTACT);
  }

  @Test
  void aMissingOrReorderedFileInTheSetIsCaught() throws Exception {
    Path log = bySize(6);
    List<Path> set = LogRotation.setOf(log);
    List<Path> withoutSecond = new java.util.ArrayList<>(set);
    withoutSecond.remove(1);
    assertThat(new AuditVerifier(Optional.empty()).verify(withoutSecond).integrity())
        .isEqualTo(Integrity.TAMPERED);
    List<Path> swapped = new java.util.ArrayList<>(set);
    java.util.Collections.swap(swapped, 0, 1);
    assertThat(new AuditVerifier(Optional.empty()).verify(swapped).integrity())
        .isEqualTo(Integrity.TAMPERED);
  }

  @Test
  void anInterruptedRotationIsCompleted() throws Exception {
    Path log = bySize(4);
    AuditOptions options = BY_SIZE;
    // Crash between the two renames: the live file is archived, the new one still beside it.
    Path next = dir.resolve("audit.jsonl.next");
    Files.move(log, next);
    share(log, options, "after");
    assertThat(Files.exists(next)).isFalse();
    assertThat(new AuditVerifier(Optional.empty()).verify(LogRotation.setOf(log)).integrity())
        .isEqualTo(Integrity.INTACT);
  }
}
