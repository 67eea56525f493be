/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.VerifyReport.Integrity;

/**
 * A stray blank line (or a folder as log path) stops sharing with a reason a person can act on;
 * {@code audit repair} seals damage at the end so sharing resumes and the damage stays visible;
 * keys are written owner-only.
 */
class RepairAndKeysTest {

  @TempDir Path dir;

  private Path writeLog() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    try (AuditLog audit = AuditLog.open(log, AuditFixtures.pseudonymizer())) {
      audit.recordResult(
          audit.recordIntent(AuditFixtures.intent("alice")), new ShareOutcome.Cancelled());
    }
    return log;
  }

  private static void share(Path log, String user) throws Exception {
    try (AuditLog audit = AuditLog.open(log, AuditFixtures.pseudonymizer())) {
      audit.recordResult(
          audit.recordIntent(AuditFixtures.intent(user)), new ShareOutcome.Cancelled());
    }
  }

  @Test
  void aBlankLineStopsSharingWithAnActionableReasonUntilRepaired() throws Exception {
    Path log = writeLog();
    Files.writeString(log, "\n", StandardOpenOption.APPEND);
    assertThatThrownBy(() -> share(log, "bob"))
        .isInstanceOf(AuditLogException.class)
        .hasMessageContaining("blank line")
        .hasMessageContaining("radshare audit verify")
        .hasMessageContaining("docs/compliance.md");
    assertThat(new AuditVerifier(Optional.empty()).verify(log).integrity())
        .isEqualTo(Integrity.TAMPERED);

    AuditRepair.Result result = AuditRepair.repair(log, AuditOptions.defaults(), "it-admin");
    assertThat(result.repaired()).isTrue();
    share(log, "bob");

    VerifyReport after = new AuditVerifier(Optional.empty()).verify(log);
    assertThat(after.integrity()).isEqualTo(Integrity.INTACT);
    assertThat(after.notices())
        .anyMatch(n -> n.contains("sealed by `radshare audit repair`") && n.contains("it-admin"));
    assertThat(AuditTrail.read(log, java.time.Instant.EPOCH))
        .extracting(e -> e.actor().osUser())
        .containsExactly("alice", "bob");
  }

  @Test
  void repairSealsAForgedUnclosedRecordAsDamageNotAsAShare() throws Exception {
    Path log = writeLog();
    List<String> lines = Files.readAllLines(log);
    String forged =
        lines
            .get(0)
            .replace("\"alice\"", "\"mallory\"")
            .replaceFirst("\"seq\":1", "\"seq\":5")
            .replaceFirst(
                "\"prev\":\"[0-9a-f]{64}\"",
                "\"prev\":\"" + Sha256.hex(lines.get(3).getBytes()) + "\"");
    Files.writeString(log, forged + "\n", StandardOpenOption.APPEND);
    assertThat(AuditRepair.repair(log, AuditOptions.defaults(), "it-admin").repaired()).isTrue();
    assertThat(new AuditVerifier(Optional.empty()).verify(log).integrity())
        .isEqualTo(Integrity.INTACT);
    assertThat(AuditTrail.read(log, java.time.Instant.EPOCH))
        .extracting(e -> e.actor().osUser())
        .containsExactly("alice");
  }

  @Test
  void repairRefusesTamperingBeforeTheEnd() throws Exception {
    Path log = writeLog();
    share(log, "bob");
    List<String> lines = Files.readAllLines(log);
    lines.set(2, lines.get(2).replace("CANCELLED", "POSTED"));
    Files.writeString(log, String.join("\n", lines) + "\n");
    byte[] before = Files.readAllBytes(log);
    AuditRepair.Result result = AuditRepair.repair(log, AuditOptions.defaults(), "it-admin");
    assertThat(result.repaired()).isFalse();
    assertThat(result.message()).contains("tampering");
    assertThat(result.refused()).isTrue();
    assertThat(Files.readAllBytes(log)).isEqualTo(before);
  }

  @Test
  void anIntactLogIsLeftAlone() throws Exception {
    Path log = writeLog();
    byte[] before = Files.readAllBytes(log);
    AuditRepair.Result result = AuditRepair.repair(log, AuditOptions.defaults(), "it-admin");
    assertThat(result.repaired()).isFalse();
    assertThat(result.refused()).isFalse();
    assertThat(Files.readAllBytes(log)).isEqualTo(before);
  }

  @Test
  void aFolderAsLogPathSaysSo() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("logs"));
    assertThatThrownBy(() -> AuditLog.open(folder, AuditFixtures.pseudonymizer()))
        .isInstanceOf(AuditLogException.class)
        .hasMessageContaining("is a folder");
  }

  @Test
  void keysAndSecretsAreOwnerOnlyAndNeverOverwritten() throws Exception {
    Path secret = dir.resolve("keys/secret.key");
    Path priv = dir.resolve("keys/signing.pem");
    Pseudonymizer.writeNewKey(secret);
    CheckpointKeys.generate(priv, dir.resolve("keys/signing.pub.pem"));
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> ownerOnly =
          Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      assertThat(Files.getPosixFilePermissions(secret)).isEqualTo(ownerOnly);
      assertThat(Files.getPosixFilePermissions(priv)).isEqualTo(ownerOnly);
    }
    assertThat(CheckpointKeys.readPrivateKey(priv)).isNotNull();
    byte[] kept = Files.readAllBytes(secret);
    assertThatThrownBy(() -> Pseudonymizer.writeNewKey(secret))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(Files.readAllBytes(secret)).isEqualTo(kept);
    try (var left = Files.list(secret.getParent())) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }
}
