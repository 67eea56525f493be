/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of line in the audit log (the {@code type} field). */
public enum RecordType {
  /** Written and forced to disk before anything is sent. */
  INTENT,
  /** How the share ended: posted (id, URL), failed (error) or cancelled. */
  RESULT,
  /** An attempt stopped before anything was sent: refused by a gate or blocked by a finding. */
  REFUSAL,
  /**
   * Closes every write: the hash of the line before (and, with a key, an Ed25519 signature over
   * it), so the last record is covered too.
   */
  CHECKPOINT,
  /** Seals damaged bytes (a torn write, or damage sealed by {@code audit repair}) by their hash. */
  RECOVERY,
  /** The first record of a new file after rotation: carries the chain over from the old file. */
  ROTATED;

  /** The type with this name, if it is one. */
  static Optional<RecordType> parse(String name) {
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }
}
