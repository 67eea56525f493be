/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

/** Saving or listing sign-ins failed (disk full, permissions); the message says what to check. */
public final class TokenStoreException extends Exception {

  private static final long serialVersionUID = 1L;

  public TokenStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
