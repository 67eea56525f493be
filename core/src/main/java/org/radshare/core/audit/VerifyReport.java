/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.util.List;
import java.util.Optional;

/**
 * What {@link AuditVerifier} found: the integrity of the whole log, how many whole records it
 * holds, the first bad record if any, and notices that do not break integrity (a recovered crash, a
 * last record not yet signed, signatures not checked).
 */
public record VerifyReport(
    Integrity integrity,
    int wholeRecords,
    long lastSeq,
    Optional<Problem> firstProblem,
    List<String> notices,
    int repairs) {

  public VerifyReport {
    notices = List.copyOf(notices);
  }

  /** The state of a log, from best to worst. */
  public enum Integrity {
    /** Every record whole, chained, closed by a checkpoint and (with a key) signed. */
    INTACT,
    /** The log holds no record at all: nothing to vouch for, which is not the same as intact. */
    EMPTY,
    /**
     * Intact, but with a key given, records after the last signed checkpoint are closed only by
     * unsigned ones: the key does not vouch for them.
     */
    UNSIGNED_TAIL,
    /** Intact up to the last whole record; the last line is incomplete (a crash or a cut). */
    TRUNCATED_TAIL,
    /**
     * A record was edited, deleted, inserted, reordered or appended, a line is not a record, or a
     * signature is wrong.
     */
    TAMPERED
  }

  /**
   * The first record that fails verification.
   *
   * @param line 1-based line number in the file
   * @param seq the sequence number that line carries, when it could be read
   * @param file the name of the file it is in (rotated logs are verified as a set)
   */
  public record Problem(int line, Optional<Long> seq, String message, String file) {
    /** A problem in the only file verified. */
    public Problem(int line, Optional<Long> seq, String message) {
      this(line, seq, message, "");
    }
  }

  /** One line for people: "INTACT: 12 records…" or "TAMPERED at line 7 (seq 7): …". */
  public String summary() {
    String head =
        integrity
            + ": "
            + wholeRecords
            + " whole records, last seq "
            + lastSeq
            + (repairs > 0 ? ", " + repairs + " damaged span(s) sealed by repair (see notes)" : "");
    return firstProblem
        .map(
            p ->
                head
                    + "; first bad record at line "
                    + p.line()
                    + p.seq().map(s -> " (seq " + s + ")").orElse("")
                    + ": "
                    + p.message())
        .orElse(head);
  }
}
