/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One share as read back from the audit log: its intent record joined with its result record (if
 * any). The compliance report and the ATNA export are both built from these.
 *
 * @param intentSeq sequence number of the intent record
 * @param outcome empty while the share is in flight, or when the writer died before the result
 * @param resultAt when the result was recorded, if it was
 * @param post the post's words, as screened when recorded
 * @param refusal present when the attempt was stopped before anything was sent
 */
public record ShareEntry(
    String intentId,
    long intentSeq,
    Instant at,
    Actor actor,
    String platform,
    String account,
    String verdict,
    Map<String, Integer> findingKinds,
    List<OverrideDecision> overrides,
    List<MediaRef> media,
    String studyRef,
    String patientRef,
    Optional<ShareOutcome> outcome,
    Optional<Instant> resultAt,
    ScreenedPost post,
    String policyVersion,
    List<ReasonRef> reasons,
    Optional<Refusal> refusal) {

  public ShareEntry {
    findingKinds = Map.copyOf(findingKinds);
    overrides = List.copyOf(overrides);
    media = List.copyOf(media);
    reasons = List.copyOf(reasons);
  }

  /**
   * The outcome as one word: POSTED, FAILED, CANCELLED, PENDING (no result recorded), BLOCKED or
   * REFUSED (stopped before anything was sent).
   */
  public String status() {
    if (refusal.isPresent()) {
      return refusal.get().kind().name();
    }
    return outcome.map(ShareEntry::statusOf).orElse("PENDING");
  }

  static String statusOf(ShareOutcome o) {
    if (o instanceof ShareOutcome.Posted) {
      return "POSTED";
    }
    return o instanceof ShareOutcome.Failed ? "FAILED" : "CANCELLED";
  }

  /** This entry with its result. */
  ShareEntry withOutcome(ShareOutcome result, Instant when) {
    return new ShareEntry(
        intentId,
        intentSeq,
        at,
        actor,
        platform,
        account,
        verdict,
        findingKinds,
        overrides,
        media,
        studyRef,
        patientRef,
        Optional.of(result),
        Optional.of(when),
        post,
        policyVersion,
        reasons,
        refusal);
  }
}
