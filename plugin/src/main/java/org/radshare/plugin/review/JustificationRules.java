/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.Verdict;

/**
 * What the department policy asks of a typed justification, so that the review window can say it
 * before Post is pressed instead of the policy gate refusing afterwards: whether a REVIEW may be
 * confirmed at all and how long its justification must be, and whether a BLOCK may be overridden
 * and with how long a justification.
 *
 * @param overrideAllowed a BLOCK may be overridden from the review window (never when the policy
 *     restricts overrides to a role: the plugin cannot prove the user's roles)
 */
public record JustificationRules(
    boolean reviewMayConfirm, int reviewMinLength, boolean overrideAllowed, int overrideMinLength) {

  /** No policy rule known: REVIEW may be confirmed without a justification, no override. */
  public static final JustificationRules NONE = new JustificationRules(true, 0, false, 0);

  public JustificationRules {
    reviewMinLength = Math.max(0, reviewMinLength);
    overrideMinLength = Math.max(0, overrideMinLength);
  }

  /** The rules of {@code policy}. */
  public static JustificationRules of(DepartmentPolicy policy) {
    DepartmentPolicy.BlockOverrideRule block = policy.blockOverride();
    return new JustificationRules(
        policy.review().userMayConfirm(),
        policy.review().justificationMinLength(),
        block.allowed() && block.requiredRole().isEmpty(),
        block.justificationMinLength());
  }

  /** The least number of characters a justification for {@code verdict} needs. */
  public int minLength(Verdict verdict) {
    return switch (verdict) {
      case PASS -> 0;
      case REVIEW -> reviewMinLength;
      case BLOCK -> overrideMinLength;
    };
  }
}
