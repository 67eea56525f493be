/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.radshare.core.audit.VerifyReport.Integrity;

/**
 * {@code radshare audit repair}: after a stray blank line, text appended by hand, a forged record
 * without its checkpoint, or a torn write, sharing stops (no audit record, no share). Repair
 * verifies the log and, only if every line up to the last intact checkpoint verifies and no
 * checkpoint follows the damage, seals the damaged bytes with a RECOVERY record that holds their
 * length and SHA-256 and who repaired. The bytes stay in the file, verification and the report name
 * the sealed lines, and their content is never counted as records. Damage before the last
 * checkpoint is tampering, not tail damage, and is refused.
 */
public final class AuditRepair {

  /** What repair did: {@code repaired} false means the log was left unchanged, with why. */
  public record Result(boolean repaired, VerifyReport before, String message) {

    /** True when the log is damaged but was left unchanged: the damage is tampering. */
    public boolean refused() {
      return !repaired && damaged(before);
    }
  }

  private static boolean damaged(VerifyReport report) {
    return report.integrity() == Integrity.TAMPERED
        || report.integrity() == Integrity.TRUNCATED_TAIL;
  }

  private AuditRepair() {}

  /** Verifies {@code log} and seals damage at its end, signing with the options' key if set. */
  public static Result repair(Path log, AuditOptions options, String by) throws IOException {
    AuditVerifier verifier =
        new AuditVerifier(options.checkpointKey().map(AuditOptions.SigningKey::publicKey));
    AuditVerifier.Outcome outcome = verifier.run(List.of(log));
    VerifyReport before = outcome.report();
    if (!damaged(before)) {
      return new Result(false, before, "nothing to repair: " + before.summary());
    }
    byte[] bytes = Files.readAllBytes(log);
    int badLine = before.firstProblem().orElseThrow().line();
    List<int[]> lines = ChainWalk.lines(bytes);
    long badStart = lineStart(bytes, lines, badLine);
    if (badStart < outcome.sealedEnd() || checkpointAfter(bytes, lines, outcome.sealedEnd())) {
      return new Result(
          false,
          before,
          "not repaired: records before the end of the log were altered (line "
              + badLine
              + "); that is tampering, not damage at the end. Keep this file for compliance,"
              + " start a new log, and see docs/compliance.md");
    }
    ChainAppender appender =
        new ChainAppender(
            log,
            options.clock(),
            options.checkpointKey().map(AuditOptions.SigningKey::privateKey),
            options.checkpointKey().map(k -> CheckpointKeys.keyId(k.publicKey())).orElse(""),
            AuditOptions.Rotation.NEVER);
    ChainAppender.Appended sealed =
        appender.seal(
            new ChainAppender.Damage(
                outcome.sealedEnd(), outcome.sealedSeq(), outcome.sealedHash(), bytes.length, by));
    return new Result(
        true,
        before,
        "sealed "
            + (bytes.length - outcome.sealedEnd())
            + " damaged bytes from line "
            + badLine
            + " with RECOVERY record seq "
            + sealed.seq()
            + "; verify and the report will show it");
  }

  /** Where line {@code line} (1-based) starts; the end of the file when there is no such line. */
  private static long lineStart(byte[] bytes, List<int[]> lines, int line) {
    if (line <= 1) {
      return 0;
    }
    return line - 1 < lines.size() ? lines.get(line - 1)[0] : bytes.length;
  }

  /**
   * True when a whole line from {@code from} on is a strictly valid checkpoint: damage is not at
   * the end.
   */
  private static boolean checkpointAfter(byte[] bytes, List<int[]> lines, long from) {
    for (int[] line : lines) {
      if (line[0] < from || line[1] == bytes.length) {
        continue; // before the sealed end, or the unterminated last line
      }
      Optional<ObjectNode> node = StrictRecord.parse(Arrays.copyOfRange(bytes, line[0], line[1]));
      if (node.isPresent()
          && RecordType.CHECKPOINT.name().equals(node.get().path("type").asText())) {
        return true;
      }
    }
    return false;
  }
}
