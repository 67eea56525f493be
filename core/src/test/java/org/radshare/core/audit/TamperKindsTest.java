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
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radshare.core.audit.VerifyReport.Integrity;

/**
 * Each way of tampering with the end of a log that once verified as intact is caught, in a log
 * written with a signing key (verified with the public key) and in one written without (verified
 * without a key).
 */
class TamperKindsTest {

  @TempDir Path dir;

  private Path log;
  private Optional<PublicKey> key;

  private void writeLog(boolean signed) throws Exception {
    log = dir.resolve("audit.jsonl");
    AuditOptions options = AuditOptions.defaults().withClock(AuditFixtures.CLOCK);
    key = Optional.empty();
    if (signed) {
      KeyPair pair = CheckpointKeys.generate(dir.resolve("k.pem"), dir.resolve("k.pub.pem"));
      options = options.withCheckpointKey(pair.getPrivate(), pair.getPublic());
      key = Optional.of(pair.getPublic());
    }
    try (AuditLog audit = AuditLog.open(log, AuditFixtures.pseudonymizer(), options)) {
      for (String user : List.of("alice", "bob")) {
        audit.recordResult(
            audit.recordIntent(AuditFixtures.intent(user)),
            new ShareOutcome.Posted("id-" + user, "https://x.example/" + user));
      }
    }
    assertThat(verify().integrity()).isEqualTo(Integrity.INTACT);
  }

  private VerifyReport verify() throws Exception {
    return new AuditVerifier(key).verify(log);
  }

  private List<String> lines() throws Exception {
    return new ArrayList<>(Files.readAllLines(log));
  }

  private void write(List<String> lines) throws Exception {
    Files.writeString(log, String.join("\n", lines) + "\n");
  }

  /** A copy of the last record, renumbered and chained after the last line: a careful forgery. */
  private static String forgedAfter(List<String> lines) {
    return lines
        .get(lines.size() - 2)
        .replaceFirst("\"seq\":\\d+", "\"seq\":" + (lines.size() + 1))
        .replaceFirst(
            "\"prev\":\"[0-9a-f]{64}\"", "\"prev\":\"" + hash(lines.get(lines.size() - 1)) + "\"");
  }

  private static String hash(String line) {
    return Sha256.hex(line.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "signed={0}")
  @ValueSource(booleans = {false, true})
  void editingTheLastRecordIsCaught(boolean signed) throws Exception {
    writeLog(signed);
    List<String> lines = lines();
    int last = lines.size() - 2; // the last RESULT, before its checkpoint
    lines.set(last, lines.get(last).replace("id-bob", "id-eve"));
    write(lines);
    VerifyReport report = verify();
    assertThat(report.integrity()).isEqualTo(Integrity.TAMPERED);
    assertThat(report.firstProblem().orElseThrow().line()).isEqualTo(last + 1);
  }

  @ParameterizedTest(name = "signed={0}")
  @ValueSource(booleans = {false, true})
  void textAppendedAfterTheLastRecordIsCaught(boolean signed) throws Exception {
    writeLog(signed);
    Files.writeString(log, "shared by carol, approved\n", java.nio.file.StandardOpenOption.APPEND);
    VerifyReport report = verify();
    assertThat(report.integrity()).isEqualTo(Integrity.TAMPERED);
    assertThat(report.firstProblem().orElseThrow().line()).isEqualTo(lines().size());
  }

  @ParameterizedTest(name = "signed={0}")
  @ValueSource(booleans = {false, true})
  void aDuplicateKeyIsNotARecord(boolean signed) throws Exception {
    writeLog(signed);
    List<String> lines = lines();
    // A lenient reader would see the second verdict; the hash would still match the first line.
    lines.set(
        0,
        lines
            .get(0)
            .replace("\"verdict\":\"REVIEW\"", "\"verdict\":\"REVIEW\",\"verdict\":\"PASS\""));
    write(lines);
    VerifyReport report = verify();
    assertThat(report.integrity()).isEqualTo(Integrity.TAMPERED);
    assertThat(report.firstProblem().orElseThrow().line()).isEqualTo(1);
    assertThat(report.firstProblem().orElseThrow().message()).contains("duplicate key");
  }

  @ParameterizedTest(name = "signed={0}")
  @ValueSource(booleans = {false, true})
  void aTrailingTokenOrAnotherSpellingIsNotARecord(boolean signed) throws Exception {
    writeLog(signed);
    List<String> original = lines();
    for (String variant :
        List.of(
            original.get(0) + " {}", original.get(0) + " ", original.get(0).replace(",", ", "))) {
      List<String> lines = new ArrayList<>(original);
      lines.set(0, variant);
      write(lines);
      assertThat(verify().integrity()).as(variant).isEqualTo(Integrity.TAMPERED);
    }
  }

  @ParameterizedTest(name = "signed={0}")
  @ValueSource(booleans = {false, true})
  void anEmptyLogIsEmptyNotIntact(boolean signed) throws Exception {
    writeLog(signed);
    Files.write(log, new byte[0]);
    VerifyReport report = verify();
    assertThat(report.integrity()).isEqualTo(Integrity.EMPTY);
    assertThat(report.summary()).contains("holds no records");
  }

  @ParameterizedTest(name = "signed={0}")
  @ValueSource(booleans = {false, true})
  void droppingTheFinalCheckpointAndEditingTheRecordBeforeItIsCaught(boolean signed)
      throws Exception {
    writeLog(signed);
    List<String> lines = lines();
    lines.remove(lines.size() - 1);
    int last = lines.size() - 1;
    lines.set(last, lines.get(last).replace("id-bob", "id-eve"));
    write(lines);
    VerifyReport report = verify();
    assertThat(report.integrity()).isEqualTo(Integrity.TAMPERED);
    assertThat(report.firstProblem().orElseThrow().line()).isEqualTo(last + 1);
    assertThat(report.firstProblem().orElseThrow().message())
        .contains("not closed by a checkpoint");
  }

  @ParameterizedTest(name = "signed={0}")
  @ValueSource(booleans = {false, true})
  void oneForgedRecordAppendedIsCaught(boolean signed) throws Exception {
    writeLog(signed);
    List<String> lines = lines();
    String forged = forgedAfter(lines);
    lines.add(forged);
    write(lines);
    VerifyReport report = verify();
    assertThat(report.integrity()).isEqualTo(Integrity.TAMPERED);
    assertThat(report.firstProblem().orElseThrow().line()).isEqualTo(lines.size());
  }

  @ParameterizedTest(name = "signed={0}")
  @ValueSource(booleans = {false, true})
  void aForgedRecordWithAForgedClosingHashIsNotVouchedForByTheKey(boolean signed) throws Exception {
    writeLog(signed);
    List<String> lines = lines();
    String forged = forgedAfter(lines);
    lines.add(forged);
    lines.add(
        "{\"seq\":"
            + (lines.size() + 1)
            + ",\"type\":\"CHECKPOINT\",\"prev\":\""
            + hash(forged)
            + "\"}");
    write(lines);
    VerifyReport report = verify();
    // Without a key nothing distinguishes a careful forger from the writer: docs/compliance.md.
    assertThat(report.integrity()).isEqualTo(signed ? Integrity.UNSIGNED_TAIL : Integrity.INTACT);
    if (signed) {
      assertThat(report.firstProblem().orElseThrow().line()).isEqualTo(lines.size() - 1);
    }
  }

  @ParameterizedTest(name = "signed={0}")
  @ValueSource(booleans = {false, true})
  void bytesAppendedWithoutANewlineAreNotATornWrite(boolean signed) throws Exception {
    writeLog(signed);
    for (String appended :
        List.of("approved by carol", "{\"seq\":99,\"type\":\"INTENT\"", "{}", " ")) {
      byte[] clean = Files.readAllBytes(log);
      Files.writeString(log, appended, java.nio.file.StandardOpenOption.APPEND);
      assertThat(verify().integrity()).as(appended).isEqualTo(Integrity.TAMPERED);
      // …and the next writer refuses to seal it as a crash.
      try (AuditLog audit = AuditLog.open(log, AuditFixtures.pseudonymizer())) {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> audit.recordIntent(AuditFixtures.intent("next")))
            .isInstanceOf(AuditLogException.class)
            .hasMessageContaining("audit repair");
      }
      Files.write(log, clean);
    }
  }

  @ParameterizedTest(name = "signed={0}")
  @ValueSource(booleans = {false, true})
  void aWholeForgedRecordWithoutItsNewlineIsNotATornWrite(boolean signed) throws Exception {
    writeLog(signed);
    List<String> lines = lines();
    String forged = forgedAfter(lines);
    Files.writeString(log, forged, java.nio.file.StandardOpenOption.APPEND);
    assertThat(verify().integrity()).isEqualTo(Integrity.TAMPERED);
  }
}
