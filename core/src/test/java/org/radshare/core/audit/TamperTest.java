/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.VerifyReport.Integrity;

/** Every kind of edit to a log is caught, and the first bad record is named. */
class TamperTest {

  @TempDir Path dir;
  Path log;

  @BeforeEach
  void writeSixRecords() throws Exception {
    log = dir.resolve("audit.jsonl");
    try (AuditLog audit = AuditLog.open(log, AuditFixtures.pseudonymizer())) {
      for (String user : List.of("alice", "bob", "carol")) {
        IntentId id = audit.recordIntent(AuditFixtures.intent(user));
        audit.recordResult(id, new ShareOutcome.Posted("id-" + user, "https://x.example/" + user));
      }
    }
  }

  private List<String> lines() throws Exception {
    return new ArrayList<>(Files.readAllLines(log));
  }

  private void write(List<String> lines) throws Exception {
    Files.writeString(log, String.join("\n", lines) + "\n");
  }

  private VerifyReport verify() throws Exception {
    return new AuditVerifier(Optional.empty()).verify(log);
  }

  @Test
  void untouchedLogIsIntact() throws Exception {
    VerifyReport report = verify();
    assertThat(report.integrity()).isEqualTo(Integrity.INTACT);
    assertThat(report.wholeRecords()).isEqualTo(12);
    assertThat(report.firstProblem()).isEmpty();
  }

  @Test
  void editedRecordIsNamed() throws Exception {
    List<String> lines = lines();
    lines.set(
        4, lines.get(4).replace("\"carol\"", "\"mallory\"").replace("\"bob\"", "\"mallory\""));
    write(lines);
    VerifyReport report = verify();
    assertThat(report.integrity()).isEqualTo(Integrity.TAMPERED);
    assertThat(report.firstProblem().orElseThrow().line()).isEqualTo(5);
    assertThat(report.firstProblem().orElseThrow().seq()).contains(5L);
    assertThat(report.firstProblem().orElseThrow().message()).contains("was edited");
    assertThat(report.wholeRecords()).isEqualTo(5);
  }

  @Test
  void editedJustificationIsCaught() throws Exception {
    List<String> lines = lines();
    lines.set(0, lines.get(0).replace("Teaching case", "Approved case"));
    write(lines);
    assertThat(verify().firstProblem().orElseThrow().line()).isEqualTo(1);
  }

  @Test
  void deletedRecordIsNamed() throws Exception {
    List<String> lines = lines();
    lines.remove(3);
    write(lines);
    VerifyReport.Problem problem = verify().firstProblem().orElseThrow();
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.seq()).contains(5L);
    assertThat(problem.message()).contains("expected seq 4").contains("deleted");
  }

  @Test
  void deletingTheFirstRecordIsCaught() throws Exception {
    List<String> lines = lines();
    lines.remove(0);
    write(lines);
    assertThat(verify().firstProblem().orElseThrow().line()).isEqualTo(1);
  }

  @Test
  void reorderedRecordsAreNamed() throws Exception {
    List<String> lines = lines();
    Collections.swap(lines, 2, 3);
    write(lines);
    VerifyReport report = verify();
    assertThat(report.integrity()).isEqualTo(Integrity.TAMPERED);
    assertThat(report.firstProblem().orElseThrow().line()).isEqualTo(3);
    assertThat(report.firstProblem().orElseThrow().seq()).contains(4L);
  }

  @Test
  void insertedRecordWithValidLinkIsStillCaught() throws Exception {
    List<String> lines = lines();
    // A forger copies record 2, links it correctly to record 2 and renumbers what follows.
    String forged =
        lines
            .get(1)
            .replaceFirst("\"seq\":2", "\"seq\":3")
            .replaceFirst(
                "\"prev\":\"[0-9a-f]{64}\"",
                "\"prev\":\"" + Sha256.hex(lines.get(1).getBytes(StandardCharsets.UTF_8)) + "\"");
    lines.add(2, forged);
    for (int i = 3; i < lines.size(); i++) {
      lines.set(i, lines.get(i).replaceFirst("\"seq\":" + i, "\"seq\":" + (i + 1)));
    }
    write(lines);
    VerifyReport.Problem problem = verify().firstProblem().orElseThrow();
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.message()).contains("inserted");
  }

  @Test
  void duplicatedRecordIsCaught() throws Exception {
    List<String> lines = lines();
    lines.add(2, lines.get(1));
    write(lines);
    assertThat(verify().firstProblem().orElseThrow().message()).contains("goes back in sequence");
  }

  @Test
  void recordCutShortIsATruncatedTailNotIntact() throws Exception {
    String all = Files.readString(log);
    Files.writeString(log, all.substring(0, all.length() - 40));
    VerifyReport report = verify();
    assertThat(report.integrity()).isEqualTo(Integrity.TRUNCATED_TAIL);
    assertThat(report.wholeRecords()).isEqualTo(11);
    assertThat(report.firstProblem().orElseThrow().line()).isEqualTo(12);
    assertThat(report.summary()).contains("every record before it verifies");
  }

  @Test
  void garbageLineIsCaught() throws Exception {
    List<String> lines = lines();
    lines.set(4, "{not json");
    write(lines);
    VerifyReport.Problem problem = verify().firstProblem().orElseThrow();
    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.message()).contains("not a record as RadShare writes it");
  }

  @Test
  void rewrittenChainIsCaughtOnlyWithTheDepartmentKey() throws Exception {
    Path signed = dir.resolve("signed.jsonl");
    KeyPair pair = CheckpointKeys.generate(dir.resolve("k.pem"), dir.resolve("k.pub.pem"));
    AuditOptions options =
        AuditOptions.defaults().withCheckpointKey(pair.getPrivate(), pair.getPublic());
    try (AuditLog audit = AuditLog.open(signed, AuditFixtures.pseudonymizer(), options)) {
      for (String user : List.of("alice", "bob")) {
        audit.recordResult(
            audit.recordIntent(AuditFixtures.intent(user)), new ShareOutcome.Cancelled());
      }
    }
    AuditVerifier withKey =
        new AuditVerifier(Optional.of(CheckpointKeys.readPublicKey(dir.resolve("k.pub.pem"))));
    assertThat(withKey.verify(signed).integrity()).isEqualTo(Integrity.INTACT);
    assertThat(Files.readAllLines(signed)).hasSize(8);

    // Rewrite: replace the signed checkpoints by closing hashes and recompute a perfect chain.
    List<String> rechained = new ArrayList<>();
    String prev = Sha256.GENESIS;
    long seq = 1;
    for (String line : Files.readAllLines(signed)) {
      String edited =
          line.contains("\"CHECKPOINT\"")
              ? "{\"seq\":" + seq++ + ",\"type\":\"CHECKPOINT\",\"prev\":\"" + prev + "\"}"
              : line.replaceFirst("\"seq\":\\d+", "\"seq\":" + seq++)
                  .replaceFirst("\"prev\":\"[0-9a-f]{64}\"", "\"prev\":\"" + prev + "\"")
                  .replace("\"bob\"", "\"mallory\"");
      rechained.add(edited);
      prev = Sha256.hex(edited.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(signed, String.join("\n", rechained) + "\n");
    assertThat(new AuditVerifier(Optional.empty()).verify(signed).integrity())
        .isEqualTo(Integrity.INTACT);
    VerifyReport report = withKey.verify(signed);
    assertThat(report.integrity()).isEqualTo(Integrity.UNSIGNED_TAIL);
    assertThat(report.firstProblem().orElseThrow().message()).contains("no checkpoint is signed");
  }

  @Test
  void checkpointSignedWithAnotherKeyIsCaught() throws Exception {
    Path signed = dir.resolve("signed.jsonl");
    KeyPair mine = CheckpointKeys.generate(dir.resolve("a.pem"), dir.resolve("a.pub.pem"));
    KeyPair theirs = CheckpointKeys.generate(dir.resolve("b.pem"), dir.resolve("b.pub.pem"));
    AuditOptions options =
        AuditOptions.defaults().withCheckpointKey(theirs.getPrivate(), theirs.getPublic());
    try (AuditLog audit = AuditLog.open(signed, AuditFixtures.pseudonymizer(), options)) {
      audit.recordIntent(AuditFixtures.intent("alice"));
    }
    VerifyReport report = new AuditVerifier(Optional.of(mine.getPublic())).verify(signed);
    assertThat(report.integrity()).isEqualTo(Integrity.TAMPERED);
    assertThat(report.firstProblem().orElseThrow().line()).isEqualTo(2);
    assertThat(report.firstProblem().orElseThrow().message()).contains("signature does not verify");
  }

  @Test
  void anotherSpellingOfASignedCheckpointDoesNotVerify() throws Exception {
    Path signed = dir.resolve("signed.jsonl");
    KeyPair pair = CheckpointKeys.generate(dir.resolve("k.pem"), dir.resolve("k.pub.pem"));
    AuditOptions options =
        AuditOptions.defaults().withCheckpointKey(pair.getPrivate(), pair.getPublic());
    try (AuditLog audit = AuditLog.open(signed, AuditFixtures.pseudonymizer(), options)) {
      audit.recordIntent(AuditFixtures.intent("alice"));
    }
    List<String> lines = Files.readAllLines(signed);
    String checkpoint = lines.get(1);
    AuditVerifier withKey = new AuditVerifier(Optional.of(pair.getPublic()));
    for (String variant :
        List.of(
            checkpoint.replaceFirst("Z\",\"prev\"", "z\",\"prev\""),
            upperCaseSignature(checkpoint),
            checkpoint.replaceFirst("\"keyId\":\"[0-9a-f]+\"", "\"keyId\":\"0000\""))) {
      Files.writeString(signed, lines.get(0) + "\n" + variant + "\n");
      assertThat(withKey.verify(signed).integrity()).as(variant).isEqualTo(Integrity.TAMPERED);
    }
  }

  private static String upperCaseSignature(String checkpoint) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"sig\":\"([0-9a-f]+)\"").matcher(checkpoint);
    assertThat(m.find()).isTrue();
    return checkpoint.substring(0, m.start(1))
        + m.group(1).toUpperCase(java.util.Locale.ROOT)
        + checkpoint.substring(m.end(1));
  }
}
