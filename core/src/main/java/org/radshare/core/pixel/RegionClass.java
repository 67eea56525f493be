/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

/**
 * What a piece of burned-in text is. PHI and UNKNOWN_TEXT are redacted; BENIGN (orientation
 * letters, scale bars, window/level, slice counters) may stay.
 */
public enum RegionClass {
  PHI,
  UNKNOWN_TEXT,
  BENIGN;

  public boolean redacted() {
    return this != BENIGN;
  }
}
