/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.util.Objects;

/**
 * Why an attempt stopped before anything was sent: {@code BLOCKED} when the checks found
 * identifying content (the findings are in the record), {@code REFUSED} when a gate of the
 * department policy said no (platform not allowed, no alt text, review not confirmed, the
 * platform's own rules…). The message is screened before it is stored.
 *
 * @param gate a short code of the gate or finding that stopped it ({@code verdict.BLOCK}, {@code
 *     policy.platform}, {@code review.unconfirmed}, {@code platform.rules}…)
 */
public record Refusal(Kind kind, String gate, String message) {

  public Refusal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(message, "message");
  }

  /** Stopped by the findings, or by a gate. */
  public enum Kind {
    BLOCKED,
    REFUSED
  }
}
