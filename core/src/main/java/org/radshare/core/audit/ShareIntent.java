/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.ScanReport;

/**
 * What is about to be shared, as the audit log records it before anything leaves the machine. It
 * holds no PHI by construction: the subject is already pseudonymous ({@link
 * Pseudonymizer#subject}), findings are counted by kind (never their text), and media are the files
 * exactly as posted.
 *
 * @param platform the connector id ({@code mastodon}, {@code outbox}…)
 * @param account the account handle the post goes to (a staff or department account)
 * @param findingKinds number of findings per kind ({@code pixel.phi}, {@code caption.PatientName}…)
 */
public record ShareIntent(
    Actor actor,
    String platform,
    String account,
    Verdict verdict,
    Map<String, Integer> findingKinds,
    List<OverrideDecision> overrides,
    List<PostedMedia> media,
    Pseudonymizer.Subject subject) {

  public ShareIntent {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(subject, "subject");
    findingKinds = Collections.unmodifiableSortedMap(new TreeMap<>(findingKinds));
    overrides = List.copyOf(overrides);
    media = List.copyOf(media);
  }

  /**
   * Counts the findings of a scan by kind, never by value: {@code reason.<code>}, {@code
   * pixel.<class>}, {@code pixel.match.<category>}, {@code caption.<category>} and {@code
   * residual}.
   */
  public static Map<String, Integer> findingKindsOf(ScanReport report) {
    Map<String, Integer> kinds = new TreeMap<>();
    for (Reason reason : report.reasons()) {
      kinds.merge("reason." + reason.code(), 1, Integer::sum);
    }
    for (TextRegion region : report.regions()) {
      kinds.merge("pixel." + region.classification().name(), 1, Integer::sum);
      region.matches().forEach(m -> kinds.merge("pixel.match." + m, 1, Integer::sum));
    }
    for (CaptionFinding finding : report.captionFindings()) {
      kinds.merge("caption." + finding.category(), 1, Integer::sum);
    }
    if (!report.residual().isEmpty()) {
      kinds.put("residual", report.residual().size());
    }
    return kinds;
  }
}
