/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.radshare.core.audit.AuditTrail;
import org.radshare.core.audit.ShareEntry;

/**
 * The figures on the first page of the report, counted from the same rows as the table: attempts by
 * outcome, per ISO week, per platform and per user, the overrides with their justification (once
 * per attempt), and how many rows verification puts in doubt.
 */
record ReportSummary(
    Counts total,
    Map<String, Counts> perWeek,
    Map<String, Counts> perPlatform,
    Map<String, Counts> perUser,
    List<Override> overrides,
    int doubtful) {

  /** Attempts by outcome. */
  record Counts(int posted, int failed, int refused, int blocked, int other) {
    static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

    int attempts() {
      return posted + failed + refused + blocked + other;
    }

    /** Refused by a gate or blocked by findings: nothing was sent. */
    int stopped() {
      return refused + blocked;
    }

    Counts plus(String status) {
      return switch (status) {
        case "POSTED" -> new Counts(posted + 1, failed, refused, blocked, other);
        case "FAILED" -> new Counts(posted, failed + 1, refused, blocked, other);
        case "REFUSED" -> new Counts(posted, failed, refused + 1, blocked, other);
        case "BLOCKED" -> new Counts(posted, failed, refused, blocked + 1, other);
        default -> new Counts(posted, failed, refused, blocked, other + 1);
      };
    }
  }

  /** One attempt with overrides: who, when, what was overridden, and the justification once. */
  record Override(String user, String at, List<String> reasons, String justification) {}

  static ReportSummary of(ComplianceReport report) {
    Counts total = Counts.ZERO;
    Map<String, Counts> weeks = new TreeMap<>();
    Map<String, Counts> platforms = new TreeMap<>();
    Map<String, Counts> users = new TreeMap<>();
    List<Override> overrides = new ArrayList<>();
    int doubtful = 0;
    for (AuditTrail.Row row : report.rows()) {
      ShareEntry e = row.entry();
      String status = e.status();
      total = total.plus(status);
      count(weeks, week(e), status);
      count(platforms, e.platform(), status);
      count(users, e.actor().osUser(), status);
      if (!e.overrides().isEmpty()) {
        overrides.add(
            new Override(
                e.actor().osUser(),
                e.at().toString(),
                e.overrides().stream().map(o -> ReasonText.of(o.reasonCode())).distinct().toList(),
                e.post().justification().orElse(e.overrides().get(0).justification())));
      }
      if (report.doubt(row).isPresent()) {
        doubtful++;
      }
    }
    return new ReportSummary(total, weeks, platforms, users, overrides, doubtful);
  }

  private static void count(Map<String, Counts> map, String key, String status) {
    map.merge(key, Counts.ZERO.plus(status), (a, b) -> a.plus(status));
  }

  /** The ISO week of the attempt, e.g. {@code 2026-W09}. */
  static String week(ShareEntry e) {
    ZonedDateTime t = e.at().atZone(ZoneOffset.UTC);
    return String.format(
        "%d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
