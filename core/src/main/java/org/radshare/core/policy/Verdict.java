/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

/**
 * The outcome of the checks on one share. PASS may be posted; REVIEW needs the radiologist's
 * explicit confirmation; BLOCK must not be posted.
 */
public enum Verdict {
  PASS,
  REVIEW,
  BLOCK;

  /** The stricter of two verdicts. */
  public Verdict max(Verdict other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
