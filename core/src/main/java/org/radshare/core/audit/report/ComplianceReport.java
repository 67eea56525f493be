/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.audit.AuditTrail;
import org.radshare.core.audit.AuditVerifier;
import org.radshare.core.audit.ShareEntry;
import org.radshare.core.audit.VerifyReport;

/**
 * What compliance staff review: every share attempt recorded since a date (posted, failed, refused,
 * blocked), the integrity verdict of the whole log, which rows that verdict puts in doubt, and
 * where the copies of posted media are. Rendered by {@link HtmlReport}, {@link CsvReport} and
 * {@link JsonReport}.
 *
 * @param mediaDirectory where the audit log keeps copies of posted files
 * @param files the names of the files read, oldest first
 */
public record ComplianceReport(
    List<String> files,
    String logName,
    Instant since,
    Instant generatedAt,
    VerifyReport integrity,
    List<AuditTrail.Row> rows,
    Path mediaDirectory) {

  public ComplianceReport {
    files = List.copyOf(files);
    rows = List.copyOf(rows);
  }

  /** The attempts, without where they are written. */
  public List<ShareEntry> shares() {
    return rows.stream().map(AuditTrail.Row::entry).toList();
  }

  /**
   * Verifies {@code log} (with the department key if given) and reads its attempts since {@code
   * since}.
   */
  public static ComplianceReport build(
      Path log, Instant since, Optional<PublicKey> key, Instant now) throws IOException {
    return build(List.of(log), since, key, now);
  }

  /** The same over a log and the files rotated out of it, oldest first (the live log last). */
  public static ComplianceReport build(
      List<Path> logs, Instant since, Optional<PublicKey> key, Instant now) throws IOException {
    Path live = logs.get(logs.size() - 1);
    VerifyReport integrity = new AuditVerifier(key).verify(logs);
    return new ComplianceReport(
        logs.stream().map(p -> p.getFileName().toString()).toList(),
        live.getFileName().toString(),
        since,
        now,
        integrity,
        AuditTrail.rows(logs, since),
        AuditLog.mediaDirectoryOf(live));
  }

  /**
   * Why verification puts this row in doubt, or empty when it does not: the row is the first bad
   * record, or it comes after it (the chain cannot vouch for it), or no checkpoint closes it.
   */
  public Optional<String> doubt(AuditTrail.Row row) {
    if (!row.closed()) {
      return Optional.of("not closed by a checkpoint: the end of the log is damaged");
    }
    if (integrity.integrity() == VerifyReport.Integrity.INTACT
        || integrity.firstProblem().isEmpty()) {
      return Optional.empty();
    }
    VerifyReport.Problem p = integrity.firstProblem().get();
    int order = Integer.compare(fileIndex(row.file()), fileIndex(p.file()));
    boolean samePlace = order == 0 && row.line() == p.line();
    boolean after = order > 0 || (order == 0 && row.line() > p.line());
    if (samePlace) {
      return Optional.of(
          integrity.integrity() == VerifyReport.Integrity.UNSIGNED_TAIL
              ? "not vouched for by a signed checkpoint: " + p.message()
              : "this record fails verification: " + p.message());
    }
    if (after) {
      return Optional.of(
          "unverifiable: it comes after the first bad record (line " + p.line() + ")");
    }
    return Optional.empty();
  }

  private int fileIndex(String file) {
    int index = files.indexOf(file);
    return index < 0 ? files.size() - 1 : index;
  }
}
