/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.radshare.core.audit.VerifyReport.Integrity;
import org.radshare.core.audit.VerifyReport.Problem;

/**
 * Checks an audit log: every line a record, sequence numbers 1, 2, 3… without gaps, each {@code
 * prev} equal to the SHA-256 of the line before, and (given the department public key) every
 * checkpoint signature valid with at most one record after the last checkpoint. Names the first bad
 * record. What this does and does not prove is in docs/compliance.md.
 */
public final class AuditVerifier {

  private final Optional<PublicKey> key;

  /** A verifier; with a key it also checks the checkpoint signatures. */
  public AuditVerifier(Optional<PublicKey> key) {
    this.key = key;
  }

  public VerifyReport verify(Path log) throws IOException {
    return new Run(Files.readAllBytes(log)).run();
  }

  private final class Run {
    private final byte[] bytes;
    private final List<String> notices = new ArrayList<>();
    private String expectedPrev = Sha256.GENESIS;
    private long expectedSeq = 1;
    private int whole;
    private long lastSeq;
    private int unsignedSinceCheckpoint;
    private int checkpoints;
    private int firstUnsignedLine;

    Run(byte[] bytes) {
      this.bytes = bytes;
    }

    VerifyReport run() {
      List<byte[]> lines = splitLines();
      boolean endsCleanly = bytes.length == 0 || bytes[bytes.length - 1] == '\n';
      for (int i = 0; i < lines.size(); i++) {
        int lineNo = i + 1;
        byte[] line = lines.get(i);
        if (i == lines.size() - 1 && !endsCleanly) {
          return report(
              Integrity.TRUNCATED_TAIL,
              new Problem(
                  lineNo,
                  Optional.empty(),
                  "the last record is incomplete ("
                      + line.length
                      + " bytes, no end of line): the writer stopped mid-record or the file was"
                      + " cut; every record before it verifies"));
        }
        JsonNode node = parse(line);
        if (node == null) {
          if (isRecoveredTornLine(lines, i, line)) {
            notices.add(
                "line "
                    + lineNo
                    + " is a record torn by a crash, closed off at line "
                    + (lineNo + 1));
            expectedPrev = Sha256.hex(line);
            continue;
          }
          return tampered(lineNo, Optional.empty(), "is not a valid audit record");
        }
        Optional<Problem> problem = check(lineNo, node, line);
        if (problem.isPresent()) {
          return report(Integrity.TAMPERED, problem.get());
        }
      }
      return finish();
    }

    private Optional<Problem> check(int lineNo, JsonNode node, byte[] line) {
      long seq = node.path("seq").isIntegralNumber() ? node.path("seq").asLong() : -1;
      Optional<Long> s = Optional.of(seq);
      if (seq < expectedSeq) {
        return problem(
            lineNo,
            s,
            "repeats or goes back in sequence (expected seq "
                + expectedSeq
                + "): a record was inserted, duplicated or moved");
      }
      if (seq > expectedSeq) {
        return problem(
            lineNo,
            s,
            "skips ahead (expected seq "
                + expectedSeq
                + "): "
                + (seq - expectedSeq)
                + " record(s) before it were deleted or moved");
      }
      if (!expectedPrev.equals(node.path("prev").asText())) {
        if (lineNo == 1) {
          return problem(
              1, s, "does not start the chain: records were deleted from the beginning of the log");
        }
        // The record before this one is not the one this record was chained to.
        return problem(
            lineNo - 1,
            Optional.of(lastSeq),
            "was edited or inserted: line "
                + lineNo
                + ", the record after it, holds a different hash for it (or that record's own"
                + " prev field was altered)");
      }
      String type = node.path("type").asText();
      if (type.equals(RecordType.CHECKPOINT.name())) {
        Optional<Problem> bad = checkSignature(lineNo, node, seq);
        if (bad.isPresent()) {
          return bad;
        }
      } else if (unsignedSinceCheckpoint++ == 0) {
        firstUnsignedLine = lineNo;
      }
      whole++;
      lastSeq = seq;
      expectedSeq = seq + 1;
      expectedPrev = Sha256.hex(line);
      return Optional.empty();
    }

    private Optional<Problem> checkSignature(int lineNo, JsonNode node, long seq) {
      checkpoints++;
      if (key.isEmpty()) {
        return Optional.empty();
      }
      String at = node.path("at").asText();
      try {
        Instant.parse(at);
      } catch (DateTimeParseException e) {
        return problem(lineNo, Optional.of(seq), "checkpoint has no valid time");
      }
      // The signature covers the fields exactly as written, so no other spelling verifies.
      byte[] payload =
          CheckpointKeys.payload(seq, at, node.path("prev").asText(), node.path("keyId").asText());
      if (!CheckpointKeys.verify(key.get(), payload, node.path("sig").asText())) {
        return problem(
            lineNo,
            Optional.of(seq),
            "checkpoint signature does not verify with the department key: the chain up to here"
                + " was rewritten, or it was signed with another key (keyId "
                + node.path("keyId").asText()
                + ")");
      }
      unsignedSinceCheckpoint = 0;
      return Optional.empty();
    }

    private VerifyReport finish() {
      if (key.isPresent() && unsignedSinceCheckpoint > 1) {
        return tampered(
            firstUnsignedLine,
            Optional.empty(),
            unsignedSinceCheckpoint
                + " records follow the last valid signed checkpoint; a signing writer leaves at most one"
                + " (the chain may have been rewritten after it)");
      }
      if (key.isPresent() && unsignedSinceCheckpoint == 1) {
        notices.add("the last record is not yet covered by a signed checkpoint");
      }
      if (key.isEmpty() && checkpoints > 0) {
        notices.add(checkpoints + " checkpoint signatures not checked (no --key given)");
      }
      return new VerifyReport(Integrity.INTACT, whole, lastSeq, Optional.empty(), notices);
    }

    private boolean isRecoveredTornLine(List<byte[]> lines, int i, byte[] line) {
      if (i + 1 >= lines.size()) {
        return false;
      }
      JsonNode next = parse(lines.get(i + 1));
      return next != null
          && RecordType.RECOVERY.name().equals(next.path("type").asText())
          && Sha256.hex(line).equals(next.path("prev").asText())
          && next.path("tornBytes").asInt(-1) == line.length;
    }

    private Optional<Problem> problem(int line, Optional<Long> seq, String message) {
      return Optional.of(new Problem(line, seq, message));
    }

    private VerifyReport tampered(int line, Optional<Long> seq, String message) {
      return report(Integrity.TAMPERED, new Problem(line, seq, message));
    }

    private VerifyReport report(Integrity integrity, Problem problem) {
      return new VerifyReport(integrity, whole, lastSeq, Optional.of(problem), notices);
    }

    private List<byte[]> splitLines() {
      List<byte[]> lines = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          lines.add(Arrays.copyOfRange(bytes, start, i));
          start = i + 1;
        }
      }
      if (start < bytes.length) {
        lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
      }
      return lines;
    }
  }

  private static JsonNode parse(byte[] line) {
    try {
      JsonNode node = RecordCodec.JSON.readTree(line);
      return node != null && node.isObject() && node.has("seq") && node.has("prev") ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}
