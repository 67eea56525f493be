/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

  @TempDir Path dir;

  private AuditLog open(Path log) throws Exception {
    return AuditLog.open(
        log, AuditFixtures.pseudonymizer(), AuditOptions.defaults().withClock(AuditFixtures.CLOCK));
  }

  @Test
  void intentAndResultAreChainedRecordsWithoutPhi() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    try (AuditLog audit = open(log)) {
      IntentId id = audit.recordIntent(AuditFixtures.intent("alice"));
      audit.recordResult(id, new ShareOutcome.Posted("109876", "https://masto.example/@r/109876"));
    }
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).hasSize(4);
    JsonNode intent = new ObjectMapper().readTree(lines.get(0));
    JsonNode closing = new ObjectMapper().readTree(lines.get(1));
    JsonNode result = new ObjectMapper().readTree(lines.get(2));
    assertThat(closing.path("type").asText()).isEqualTo("CHECKPOINT");
    assertThat(closing.path("prev").asText())
        .isEqualTo(Sha256.hex(lines.get(0).getBytes(StandardCharsets.UTF_8)));
    assertThat(intent.path("seq").asLong()).isEqualTo(1);
    assertThat(intent.path("type").asText()).isEqualTo("INTENT");
    assertThat(intent.path("prev").asText()).isEqualTo(Sha256.GENESIS);
    assertThat(intent.path("at").asText()).isEqualTo("2026-03-01T10:15:30Z");
    assertThat(intent.path("who").path("osUser").asText()).isEqualTo("alice");
    assertThat(intent.path("findings").path("pixel.PHI").asInt()).isEqualTo(2);
    assertThat(intent.path("justification").asText()).isEqualTo("Teaching case, name removed");
    assertThat(result.path("prev").asText())
        .isEqualTo(Sha256.hex(lines.get(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(result.path("url").asText()).isEqualTo("https://masto.example/@r/109876");
    assertThat(result.path("intent").asText()).isEqualTo(intent.path("intent").asText());
    String all = Files.readString(log);
    assertThat(all)
        .doesNotContain(AuditFixtures.PATIENT_ID)
        .doesNotContain(AuditFixtures.STUDY_UID);
    assertThat(intent.path("patient").asText())
        .isEqualTo(AuditFixtures.pseudonymizer().pseudonym("patient", AuditFixtures.PATIENT_ID));
  }

  @Test
  void keepsACopyOfEachPostedFileUnderItsDigest() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    byte[] png = "exact-posted-bytes".getBytes(StandardCharsets.UTF_8);
    try (AuditLog audit = open(log)) {
      audit.recordIntent(AuditFixtures.intent("bob", "x", png));
    }
    Path copy = AuditLog.mediaDirectoryOf(log).resolve(Sha256.hex(png) + ".png");
    assertThat(copy).hasBinaryContent(png);
    assertThat(Files.readString(log)).contains(Sha256.hex(png));
  }

  @Test
  void readsSharesBackJoinedWithTheirResults() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    try (AuditLog audit = open(log)) {
      IntentId a = audit.recordIntent(AuditFixtures.intent("alice"));
      IntentId b = audit.recordIntent(AuditFixtures.intent("bob"));
      audit.recordResult(b, new ShareOutcome.Failed("HTTP 503 from platform"));
      audit.recordResult(a, new ShareOutcome.Cancelled());
      audit.recordIntent(AuditFixtures.intent("carol"));
    }
    List<ShareEntry> shares = AuditTrail.read(log, Instant.EPOCH);
    assertThat(shares).extracting(e -> e.actor().osUser()).containsExactly("alice", "bob", "carol");
    assertThat(shares)
        .extracting(ShareEntry::status)
        .containsExactly("CANCELLED", "FAILED", "PENDING");
    assertThat(AuditTrail.read(log, Instant.parse("2027-01-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void listenersHearOfCompletedSharesAndCannotBreakTheLog() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    List<ShareEntry> heard = new ArrayList<>();
    AuditOptions options =
        AuditOptions.defaults()
            .withListener(heard::add)
            .withListener(
                s -> {
                  throw new IllegalStateException("repository down");
                });
    try (AuditLog audit = AuditLog.open(log, AuditFixtures.pseudonymizer(), options)) {
      IntentId id = audit.recordIntent(AuditFixtures.intent("alice"));
      audit.recordResult(id, new ShareOutcome.Posted("1", "https://x.example/1"));
    }
    assertThat(heard).singleElement().extracting(ShareEntry::status).isEqualTo("POSTED");
    assertThat(new AuditVerifier(Optional.empty()).verify(log).integrity())
        .isEqualTo(VerifyReport.Integrity.INTACT);
  }

  @Test
  void threadsSharingOneFileNeverInterleaveRecords() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (AuditLog first = open(log);
        AuditLog second = open(log)) {
      List<Future<?>> jobs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        AuditLog target = i % 2 == 0 ? first : second;
        String user = "user" + i;
        jobs.add(
            pool.submit(
                () -> {
                  IntentId id = target.recordIntent(AuditFixtures.intent(user));
                  target.recordResult(id, new ShareOutcome.Cancelled());
                  return null;
                }));
      }
      for (Future<?> job : jobs) {
        job.get();
      }
    } finally {
      pool.shutdown();
    }
    VerifyReport report = new AuditVerifier(Optional.empty()).verify(log);
    assertThat(report.integrity()).isEqualTo(VerifyReport.Integrity.INTACT);
    assertThat(report.wholeRecords()).isEqualTo(160);
  }

  @Test
  void pseudonymsAreStableKeyedAndDoNotContainTheValue() {
    Pseudonymizer p = AuditFixtures.pseudonymizer();
    Pseudonymizer other =
        new Pseudonymizer("another-department-secret-of-32-bytes".getBytes(StandardCharsets.UTF_8));
    assertThat(p.pseudonym("patient", " pid-8377162 "))
        .isEqualTo(p.pseudonym("patient", "PID-8377162"));
    assertThat(p.pseudonym("patient", "PID-8377162"))
        .isNotEqualTo(other.pseudonym("patient", "PID-8377162"));
    assertThat(p.pseudonym("patient", "X")).isNotEqualTo(p.pseudonym("study", "X"));
    assertThat(p.pseudonym("patient", "PID-8377162")).doesNotContain("8377162").hasSize(32);
    assertThatThrownBy(() -> new Pseudonymizer(new byte[8])).hasMessageContaining("32 bytes");
  }

  @Test
  void keyFileRoundTrips() throws Exception {
    Path key = dir.resolve("secret.key");
    Pseudonymizer.writeNewKey(key);
    assertThat(Pseudonymizer.fromKeyFile(key).pseudonym("study", "1.2.3"))
        .isEqualTo(Pseudonymizer.fromKeyFile(key).pseudonym("study", "1.2.3"));
    Files.writeString(key, "not base64 !!");
    assertThatThrownBy(() -> Pseudonymizer.fromKeyFile(key)).hasMessageContaining("Base64");
  }

  @Test
  void aRotatedLogIsLeftIntactAndANewOneStarts() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    Path archived = dir.resolve("audit-2026-02.jsonl");
    try (AuditLog audit = open(log)) {
      audit.recordResult(
          audit.recordIntent(AuditFixtures.intent("alice")), new ShareOutcome.Cancelled());
      Files.move(log, archived);
      audit.recordIntent(AuditFixtures.intent("bob"));
    }
    AuditVerifier verifier = new AuditVerifier(Optional.empty());
    assertThat(verifier.verify(archived).wholeRecords()).isEqualTo(4);
    assertThat(verifier.verify(log).wholeRecords()).isEqualTo(2);
    assertThat(verifier.verify(log).integrity()).isEqualTo(VerifyReport.Integrity.INTACT);
  }
}
