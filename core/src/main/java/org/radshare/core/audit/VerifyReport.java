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
    List<String> notices) {

  public VerifyReport {
    notices = List.copyOf(notices);
  }

  /** The state of a log, from best to worst. */
  public enum Integrity {
    /** Every record whole, chained and (with a key) signed. */
    INTACT,
    /** Intact up to the last whole record; the last line is incomplete (a crash or a cut). */
    TRUNCATED_TAIL,
    /** A record was edited, deleted, inserted or reordered, or a signature is wrong. */
    TAMPERED
  }

  /**
   * The first record that fails verification.
   *
   * @param line 1-based line number in the file
   * @param seq the sequence number that line carries, when it could be read
   */
  public record Problem(int line, Optional<Long> seq, String message) {}

  /** One line for people: "INTACT: 12 records…" or "TAMPERED at line 7 (seq 7): …". */
  public String summary() {
    String head = integrity + ": " + wholeRecords + " whole records, last seq " + lastSeq;
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
