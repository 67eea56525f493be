/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.VerifyReport.Integrity;

/** Real separate JVMs writing the same log: a writer killed mid-record, and two at once. */
class WriterProcessesTest {

  @TempDir Path dir;

  private static Process child(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(AuditWriterChild.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static String firstLine(Process p) throws Exception {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
        .readLine();
  }

  @Test
  void writerKilledMidRecordLeavesALogThatVerifiesUpToTheLastWholeRecord() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    Process writer = child("crash", log.toString());
    assertThat(firstLine(writer)).isEqualTo("HALF-WRITTEN");
    writer.destroyForcibly();
    assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

    VerifyReport afterCrash = new AuditVerifier(Optional.empty()).verify(log);
    assertThat(afterCrash.integrity()).isEqualTo(Integrity.TRUNCATED_TAIL);
    assertThat(afterCrash.wholeRecords()).isEqualTo(4);
    assertThat(afterCrash.lastSeq()).isEqualTo(4);
    assertThat(afterCrash.firstProblem().orElseThrow().line()).isEqualTo(5);

    // The next writer closes the torn line off with a RECOVERY record and carries on.
    try (AuditLog audit = AuditLog.open(log, AuditFixtures.pseudonymizer())) {
      audit.recordResult(
          audit.recordIntent(AuditFixtures.intent("after")), new ShareOutcome.Cancelled());
    }
    VerifyReport recovered = new AuditVerifier(Optional.empty()).verify(log);
    assertThat(recovered.integrity()).isEqualTo(Integrity.INTACT);
    assertThat(recovered.lastSeq()).isEqualTo(9);
    assertThat(recovered.notices()).anyMatch(n -> n.contains("line 5 is a record torn by a crash"));
    assertThat(Files.readAllLines(log).get(5)).contains("\"RECOVERY\"");
  }

  @Test
  void twoProcessesAppendingAtOnceNeverInterleave() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    int each = 60;
    Process a = child("append", log.toString(), "a", String.valueOf(each));
    Process b = child("append", log.toString(), "b", String.valueOf(each));
    assertThat(firstLine(a)).isEqualTo("READY");
    assertThat(firstLine(b)).isEqualTo("READY");
    assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(a.exitValue()).isZero();
    assertThat(b.exitValue()).isZero();

    VerifyReport report = new AuditVerifier(Optional.empty()).verify(log);
    assertThat(report.integrity()).isEqualTo(Integrity.INTACT);
    assertThat(report.wholeRecords()).isEqualTo(8 * each);
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).allMatch(l -> l.startsWith("{\"seq\":") && l.endsWith("}"));
    List<ShareEntry> shares = AuditTrail.read(log, java.time.Instant.EPOCH);
    assertThat(shares).hasSize(2 * each);
    assertThat(shares).extracting(ShareEntry::status).containsOnly("POSTED");
  }
}
