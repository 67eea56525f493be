/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.util.Objects;
import org.radshare.core.policy.Verdict;

/**
 * A radiologist's decision to share despite a finding: which reason was overridden, the verdict it
 * carried, and the justification typed for it. The justification is free text the radiologist
 * wrote; the share service must screen it like a caption before it reaches the log.
 *
 * @param reasonCode the stable {@code Reason.code()} that was overridden
 */
public record OverrideDecision(String reasonCode, Verdict overridden, String justification) {

  public OverrideDecision {
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(overridden, "overridden");
    Objects.requireNonNull(justification, "justification");
  }
}
