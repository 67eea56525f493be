/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.io.IOException;

/**
 * The audit log cannot be written, for a reason a person can act on (its path is a folder, its last
 * line is not a closed record…). The message is one line saying what to do; it never quotes log
 * content. Sharing stops until it is fixed: no audit record, no share.
 */
public final class AuditLogException extends IOException {

  private static final long serialVersionUID = 1L;

  public AuditLogException(String message) {
    super(message);
  }

  /** The log's end is damaged: verify, then repair (docs/compliance.md). */
  static AuditLogException damaged(java.nio.file.Path log, String what) {
    return new AuditLogException(
        "the audit log "
            + log
            + " "
            + what
            + ": run `radshare audit verify --log "
            + log
            + "`, then `radshare audit repair` (see docs/compliance.md, \"Damage and repair\")");
  }
}
