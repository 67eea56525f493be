/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * Names one share attempt in the audit log: returned by {@link AuditLog#recordIntent} and passed
 * back to {@link AuditLog#recordResult} so that the result is joined to its intent.
 */
public record IntentId(String value) {

  public IntentId {
    Objects.requireNonNull(value, "value");
  }

  static IntentId random() {
    return new IntentId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
