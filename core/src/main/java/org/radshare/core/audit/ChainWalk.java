/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.radshare.core.audit.VerifyReport.Integrity;
import org.radshare.core.audit.VerifyReport.Problem;

/**
 * One pass of {@link AuditVerifier} over the bytes of one or more log files: walks the lines,
 * carries the chain (sequence number, hash of the last line) across files, remembers the last point
 * where every record was closed by a checkpoint, and accepts damage only where a RECOVERY record
 * seals exactly those bytes.
 */
final class ChainWalk {

  /** One file's bytes; {@code name} is empty when only one file is verified. */
  record Segment(String name, byte[] bytes) {}

  private final Optional<PublicKey> key;
  private final List<Segment> segments;
  private final List<String> notices = new ArrayList<>();
  private long expectedSeq = 1;
  private String expectedPrev = Sha256.GENESIS;
  private int whole;
  private long lastSeq;
  private boolean started;
  private int unclosed;
  private int firstUnclosedLine;
  private long sealedEnd;
  private long sealedSeq;
  private String sealedHash = Sha256.GENESIS;
  private int wholeAtSeal;
  private int signed;
  private int afterSigned;
  private int firstAfterSignedLine;
  private String firstAfterSignedWhere = "";
  private String where = "";
  private String fileName = "";
  private int repairs;

  ChainWalk(Optional<PublicKey> key, List<Segment> segments) {
    this.key = key;
    this.segments = segments;
  }

  AuditVerifier.Outcome walk() {
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      fileName = segment.name();
      where = segments.size() == 1 ? "" : "in " + segment.name() + ", ";
      sealedEnd = 0;
      Optional<VerifyReport> bad = walk(segment.bytes(), s == segments.size() - 1);
      if (bad.isPresent()) {
        return outcome(bad.get());
      }
    }
    return outcome(finish());
  }

  private Optional<VerifyReport> walk(byte[] bytes, boolean lastFile) {
    List<int[]> lines = lines(bytes);
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      int from = lines.get(i)[0];
      int to = lines.get(i)[1];
      byte[] line = Arrays.copyOfRange(bytes, from, to);
      if (to == bytes.length) { // no newline after it
        return Optional.of(fragment(lineNo, line, lastFile));
      }
      Optional<ObjectNode> node = StrictRecord.parse(line);
      if (node.isEmpty()) {
        int sealLine = findSeal(bytes, lines, i);
        if (sealLine < 0) {
          return tampered(
              lineNo,
              Optional.empty(),
              line.length == 0
                  ? "is a blank line: the log was edited (run `radshare audit repair` to seal it)"
                  : "is not a record as RadShare writes it (not JSON, a duplicate key, text after"
                      + " the record, or a changed spelling)");
        }
        i = sealLine;
        lineNo = i + 1;
        from = lines.get(i)[0];
        to = lines.get(i)[1];
        line = Arrays.copyOfRange(bytes, from, to);
        node = StrictRecord.parse(line);
      }
      if (unclosed > 0
          && RecordType.RECOVERY.name().equals(node.get().path("type").asText())
          && node.get().path("seq").asLong() != expectedSeq) {
        seals(bytes, lines, i, node.get()); // records after the last checkpoint were damage
      }
      Optional<Problem> problem = check(lineNo, node.orElseThrow(), line, to + 1L);
      if (problem.isPresent()) {
        return Optional.of(report(Integrity.TAMPERED, problem.get()));
      }
    }
    return Optional.empty();
  }

  private VerifyReport fragment(int lineNo, byte[] line, boolean lastFile) {
    boolean torn =
        lastFile
            && NextRecordPrefix.accepts(line, expectedSeq, expectedPrev)
            && (unclosed == 0 || NextRecordPrefix.isCheckpointStart(line, expectedSeq));
    if (torn) {
      return report(
          Integrity.TRUNCATED_TAIL,
          new Problem(
              lineNo,
              Optional.empty(),
              where
                  + "the last record is incomplete ("
                  + line.length
                  + " bytes, no end of line): a writer stopped mid-write; every record before it"
                  + " verifies"));
    }
    return report(
        Integrity.TAMPERED,
        new Problem(
            lineNo,
            Optional.empty(),
            where
                + "holds "
                + line.length
                + " bytes without an end of line that are not the start of the next record:"
                + " text was appended to the log"));
  }

  /** The line of a RECOVERY record that seals the damage starting at line {@code bad}, or -1. */
  private int findSeal(byte[] bytes, List<int[]> lines, int bad) {
    for (int j = bad + 1; j < lines.size(); j++) {
      int start = lines.get(j)[0];
      int end = lines.get(j)[1];
      if (end == bytes.length) {
        return -1;
      }
      Optional<ObjectNode> node = StrictRecord.parse(Arrays.copyOfRange(bytes, start, end));
      if (node.isPresent() && RecordType.RECOVERY.name().equals(node.get().path("type").asText())) {
        return seals(bytes, lines, j, node.get()) ? j : -1;
      }
    }
    return -1;
  }

  /**
   * True (and the chain rewound to the last checkpoint) when RECOVERY record {@code r} on line
   * {@code j} seals exactly the bytes between the last intact checkpoint and itself.
   */
  private boolean seals(byte[] bytes, List<int[]> lines, int j, ObjectNode r) {
    int start = lines.get(j)[0];
    if (start <= sealedEnd) {
      return false;
    }
    byte[] damaged = Arrays.copyOfRange(bytes, (int) sealedEnd, start);
    boolean seals =
        r.path("seq").asLong() == sealedSeq + 1
            && r.path("prev").asText().equals(sealedHash)
            && r.path("damagedBytes").asLong(-1) == damaged.length
            && r.path("damagedSha256").asText().equals(Sha256.hex(damaged));
    if (!seals) {
      return false;
    }
    int bad = firstDamagedLine(lines) - 1;
    String cause = r.path("cause").asText();
    boolean torn = cause.equals(RecoveryCause.TORN_WRITE.name());
    if (torn
        && !(j == bad + 1
            && NextRecordPrefix.accepts(
                Arrays.copyOfRange(damaged, 0, damaged.length - 1), sealedSeq + 1, sealedHash))) {
      return false;
    }
    notices.add(
        where
            + (torn
                ? "line "
                    + (bad + 1)
                    + " is a record torn by a crash, closed off at line "
                    + (j + 1)
                : "lines "
                    + (bad + 1)
                    + "–"
                    + j
                    + " ("
                    + damaged.length
                    + " bytes) were damaged and sealed by `radshare audit repair` at line "
                    + (j + 1)
                    + " ("
                    + r.path("at").asText()
                    + ", by "
                    + r.path("by").asText("?")
                    + "); their content is not part of the verified trail"));
    if (!torn) {
      repairs++;
    }
    expectedSeq = sealedSeq + 1;
    expectedPrev = sealedHash;
    whole = wholeAtSeal;
    lastSeq = sealedSeq;
    unclosed = 0;
    return true;
  }

  private int firstDamagedLine(List<int[]> lines) {
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k)[0] >= sealedEnd) {
        return k + 1;
      }
    }
    return lines.size();
  }

  private Optional<Problem> check(int lineNo, ObjectNode node, byte[] line, long end) {
    long seq = node.path("seq").asLong();
    Optional<Long> s = Optional.of(seq);
    String type = node.path("type").asText();
    if (!started && seq != 1 && type.equals(RecordType.ROTATED.name())) {
      notices.add(
          where
              + "the chain starts at seq "
              + seq
              + ", continuing "
              + node.path("from").asText("an earlier file")
              + ": verify it together with the earlier files to check the link");
      expectedSeq = seq;
      expectedPrev = node.path("prev").asText();
    }
    started = true;
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
      if (whole == 0) {
        return problem(
            lineNo,
            s,
            "does not start the chain: records were deleted from the beginning of the log");
      }
      return problem(
          lineNo - 1,
          Optional.of(lastSeq),
          "was edited or inserted: line "
              + lineNo
              + ", the record after it, holds a different hash for it (or that record's own"
              + " prev field was altered)");
    }
    if (type.equals(RecordType.CHECKPOINT.name())) {
      Optional<Problem> bad = checkpoint(lineNo, node, seq);
      if (bad.isPresent()) {
        return bad;
      }
      unclosed = 0;
      sealedEnd = end;
      sealedSeq = seq;
      sealedHash = Sha256.hex(line);
      wholeAtSeal = whole + 1;
    } else if (RecordType.parse(type).isEmpty()) {
      return problem(lineNo, s, "has an unknown record type");
    } else {
      if (unclosed++ == 0) {
        firstUnclosedLine = lineNo;
      }
      if (afterSigned++ == 0) {
        firstAfterSignedLine = lineNo;
        firstAfterSignedWhere = where;
      }
    }
    whole++;
    lastSeq = seq;
    expectedSeq = seq + 1;
    expectedPrev = Sha256.hex(line);
    return Optional.empty();
  }

  private Optional<Problem> checkpoint(int lineNo, ObjectNode node, long seq) {
    if (!AuditVerifier.isSigned(node)) {
      // A closing hash: seq, type and prev only, so every byte of it is determined by the chain.
      return node.size() == 3
          ? Optional.empty()
          : problem(lineNo, Optional.of(seq), "is a checkpoint with unexpected fields");
    }
    if (node.size() != 6) {
      return problem(lineNo, Optional.of(seq), "is a checkpoint with unexpected fields");
    }
    if (key.isPresent()) {
      Optional<String> bad = AuditVerifier.badSignature(key, node, seq);
      if (bad.isPresent()) {
        return problem(lineNo, Optional.of(seq), bad.get());
      }
    }
    signed++;
    afterSigned = 0;
    return Optional.empty();
  }

  private VerifyReport finish() {
    if (unclosed > 0) {
      return report(
          Integrity.TAMPERED,
          new Problem(
              firstUnclosedLine,
              Optional.empty(),
              where
                  + "is not closed by a checkpoint"
                  + (unclosed > 1 ? " (nor are the " + (unclosed - 1) + " records after it)" : "")
                  + ": RadShare writes every record together with its closing checkpoint, so it"
                  + " was appended by something else, or the checkpoint after it was removed"));
    }
    if (whole == 0) {
      return report(
          Integrity.EMPTY,
          new Problem(
              1,
              Optional.empty(),
              "the log holds no records: nothing was ever shared with it, or it was emptied or"
                  + " replaced (compare with backups and the ATNA repository)"));
    }
    if (key.isPresent() && afterSigned > 0) {
      String message =
          signed == 0
              ? "no checkpoint is signed: the key vouches for none of the "
                  + whole
                  + " records (signing was off, or every signed checkpoint was removed)"
              : afterSigned
                  + " record(s) after the last signed checkpoint are closed only by unsigned"
                  + " checkpoints: the key does not vouch for them (signing was switched off, or"
                  + " they were appended by someone without the key)";
      return report(
          Integrity.UNSIGNED_TAIL,
          new Problem(
              signed == 0 ? 1 : firstAfterSignedLine,
              Optional.empty(),
              (signed == 0 ? "" : firstAfterSignedWhere) + message));
    }
    if (key.isEmpty()) {
      notices.add(
          "no --key given: this shows the file is consistent with itself; anyone able to write"
              + " the file could have rebuilt the whole chain"
              + (signed > 0 ? " (" + signed + " checkpoint signatures not checked)" : ""));
    }
    return new VerifyReport(Integrity.INTACT, whole, lastSeq, Optional.empty(), notices, repairs);
  }

  private Optional<Problem> problem(int line, Optional<Long> seq, String message) {
    return Optional.of(new Problem(line, seq, where + message));
  }

  private Optional<VerifyReport> tampered(int line, Optional<Long> seq, String message) {
    return Optional.of(report(Integrity.TAMPERED, new Problem(line, seq, where + message)));
  }

  private VerifyReport report(Integrity integrity, Problem found) {
    Problem problem = new Problem(found.line(), found.seq(), found.message(), fileName);
    return new VerifyReport(integrity, whole, lastSeq, Optional.of(problem), notices, repairs);
  }

  private AuditVerifier.Outcome outcome(VerifyReport report) {
    return new AuditVerifier.Outcome(report, sealedEnd, sealedSeq, sealedHash);
  }

  /** [start, end) of each line, without its newline; the last may lack one. */
  static List<int[]> lines(byte[] bytes) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      lines.add(new int[] {start, bytes.length});
    }
    return lines;
  }
}
