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
 * @param post the words of the post, already screened
 * @param policyVersion which department policy decided ({@link #policyVersionOf})
 * @param reasons the reasons behind the verdict, by code
 */
public record ShareIntent(
    Actor actor,
    String platform,
    String account,
    Verdict verdict,
    Map<String, Integer> findingKinds,
    List<OverrideDecision> overrides,
    List<PostedMedia> media,
    Pseudonymizer.Subject subject,
    ScreenedPost post,
    String policyVersion,
    List<ReasonRef> reasons) {

  public ShareIntent {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(policyVersion, "policyVersion");
    findingKinds = Collections.unmodifiableSortedMap(new TreeMap<>(findingKinds));
    overrides = List.copyOf(overrides);
    media = List.copyOf(media);
    reasons = List.copyOf(reasons);
  }

  /**
   * An intent without the post's words: the justification of the overrides is still screened (with
   * the Safe Harbor patterns only, as no header is known here).
   */
  public ShareIntent(
      Actor actor,
      String platform,
      String account,
      Verdict verdict,
      Map<String, Integer> findingKinds,
      List<OverrideDecision> overrides,
      List<PostedMedia> media,
      Pseudonymizer.Subject subject) {
    this(
        actor,
        platform,
        account,
        verdict,
        findingKinds,
        overrides,
        media,
        subject,
        ScreenedPost.justification(
            overrides.stream()
                .map(OverrideDecision::justification)
                .filter(j -> !j.isBlank())
                .findFirst(),
            org.radshare.core.phi.PhiMatcher.none()),
        "",
        List.of());
  }

  /** The reasons of a verdict as the audit keeps them: codes and floors, never messages. */
  public static List<ReasonRef> reasonRefsOf(List<Reason> reasons) {
    return reasons.stream().map(r -> new ReasonRef(r.code(), r.floor())).distinct().toList();
  }

  /**
   * A short stable name of the department policy that decided: the first 12 hex digits of the
   * SHA-256 of its settings, with the department's name.
   */
  public static String policyVersionOf(org.radshare.core.policy.DepartmentPolicy policy) {
    return policy.department()
        + "@"
        + Sha256.hex(policy.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .substring(0, 12);
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
