/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

/** The kinds of line in the audit log (the {@code type} field). */
public enum RecordType {
  /** Written and forced to disk before anything is sent. */
  INTENT,
  /** How the share ended: posted (id, URL), failed (error) or cancelled. */
  RESULT,
  /** A signature over the chain so far with the department's Ed25519 key. */
  CHECKPOINT,
  /** Written by the next writer after a crash left a torn last line; chains that torn line. */
  RECOVERY
}
