/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import java.util.List;

/** A verdict with every reason that contributed to it, strictest first. */
public record Decision(Verdict verdict, List<Reason> reasons) {
  public Decision {
    reasons = List.copyOf(reasons);
  }
}
