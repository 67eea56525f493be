/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.policy.DepartmentPolicy;

class PolicyAuditLogTest {

  @TempDir Path dir;

  @Test
  void opensTheLogThePolicyConfiguresAndSignsWithItsKey() throws Exception {
    Pseudonymizer.writeNewKey(dir.resolve("secret.key"));
    KeyPair pair = CheckpointKeys.generate(dir.resolve("sign.pem"), dir.resolve("sign.pub.pem"));
    assertThat(CheckpointKeys.publicKeyOf(pair.getPrivate())).isEqualTo(pair.getPublic());
    DepartmentPolicy.AuditSettings settings =
        new DepartmentPolicy.AuditSettings(
            dir.resolve("audit/audit.jsonl"),
            dir.resolve("secret.key"),
            Optional.of(dir.resolve("sign.pem")),
            365,
            Optional.empty());
    try (AuditLog audit = AuditLog.open(settings)) {
      audit.recordResult(
          audit.recordIntent(AuditFixtures.intent("alice")), new ShareOutcome.Cancelled());
    }
    VerifyReport report =
        new AuditVerifier(Optional.of(CheckpointKeys.readPublicKey(dir.resolve("sign.pub.pem"))))
            .verify(dir.resolve("audit/audit.jsonl"));
    assertThat(report.integrity()).isEqualTo(VerifyReport.Integrity.INTACT);
    assertThat(report.notices()).isEmpty();
  }

  @Test
  void thePolicysRotationStartsNewFilesThatVerifyAsOneChain() throws Exception {
    Pseudonymizer.writeNewKey(dir.resolve("secret.key"));
    Path log = dir.resolve("audit/audit.jsonl");
    DepartmentPolicy.AuditSettings settings =
        new DepartmentPolicy.AuditSettings(
            log,
            dir.resolve("secret.key"),
            Optional.empty(),
            365,
            Optional.empty(),
            new DepartmentPolicy.AuditSettings.Rotate(1, false));
    for (String user : java.util.List.of("alice", "bob", "carol")) {
      try (AuditLog audit = AuditLog.open(settings)) {
        audit.recordResult(
            audit.recordIntent(AuditFixtures.intent(user)), new ShareOutcome.Cancelled());
      }
    }
    java.util.List<Path> set = LogRotation.setOf(log);
    assertThat(set).hasSizeGreaterThanOrEqualTo(3);
    assertThat(new AuditVerifier(Optional.empty()).verify(set).integrity())
        .isEqualTo(VerifyReport.Integrity.INTACT);
    assertThat(AuditTrail.read(set, java.time.Instant.EPOCH)).hasSize(3);
  }

  @Test
  void missingSecretMeansNoAuditLogAndSoNoSharing() {
    DepartmentPolicy.AuditSettings settings =
        new DepartmentPolicy.AuditSettings(
            dir.resolve("audit.jsonl"),
            dir.resolve("absent.key"),
            Optional.empty(),
            365,
            Optional.empty());
    assertThatThrownBy(() -> AuditLog.open(settings)).isInstanceOf(NoSuchFileException.class);
  }
}
