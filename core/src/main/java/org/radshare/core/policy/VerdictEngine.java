/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import java.util.Comparator;
import java.util.List;

/**
 * Turns findings into a verdict: the strictest floor among their reasons. The rules live with the
 * findings and fail closed: anything that could not be checked blocks; identifiers in the caption
 * block (the radiologist edits the caption); text that survived redaction blocks when it matches
 * PHI and needs review otherwise; every redaction and every risky header needs a human look before
 * posting; encapsulated documents never leave.
 *
 * <p>Benign overlay text (orientation, scale bars, window/level, counters, technique, position and
 * protocol words; see {@code pixel.BenignText}) is kept and adds no finding, so an image with no
 * text, or with only benign text, no redaction, no caption identifier and a header with no risk
 * flag, is PASS. REVIEW remains for: redacted identifiers, text that could not be recognised as
 * harmless and was blacked out (fail closed), risky headers, a missing header and non-identifying
 * residual text.
 */
public final class VerdictEngine {

  private VerdictEngine() {}

  /** The decision for a set of findings; no findings means PASS. */
  public static Decision decide(List<? extends Finding> findings) {
    List<Reason> reasons =
        findings.stream()
            .map(Finding::reason)
            .sorted(Comparator.comparing(Reason::floor).reversed())
            .toList();
    Verdict verdict = reasons.stream().map(Reason::floor).reduce(Verdict.PASS, Verdict::max);
    return new Decision(verdict, reasons);
  }
}
