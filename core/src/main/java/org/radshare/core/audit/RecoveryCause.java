/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

/** Why a RECOVERY record sealed damaged bytes (its {@code cause} field). */
enum RecoveryCause {
  /** A writer died mid-write; the next writer closed off the torn start of a record. */
  TORN_WRITE,
  /** Someone ran {@code radshare audit repair} after verification found damage at the tail. */
  REPAIR
}
