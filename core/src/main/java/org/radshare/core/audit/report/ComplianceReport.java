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
 * What compliance staff review: the shares recorded since a date, the integrity verdict of the
 * whole log, and where the copies of posted media are. Rendered by {@link HtmlReport}, {@link
 * CsvReport} and {@link JsonReport}.
 *
 * @param mediaDirectory where the audit log keeps copies of posted files
 */
public record ComplianceReport(
    String logName,
    Instant since,
    Instant generatedAt,
    VerifyReport integrity,
    List<ShareEntry> shares,
    Path mediaDirectory) {

  public ComplianceReport {
    shares = List.copyOf(shares);
  }

  /**
   * Verifies {@code log} (with the department key if given) and reads its shares since {@code
   * since}.
   */
  public static ComplianceReport build(
      Path log, Instant since, Optional<PublicKey> key, Instant now) throws IOException {
    VerifyReport integrity = new AuditVerifier(key).verify(log);
    return new ComplianceReport(
        log.getFileName().toString(),
        since,
        now,
        integrity,
        AuditTrail.read(log, since),
        AuditLog.mediaDirectoryOf(log));
  }
}
