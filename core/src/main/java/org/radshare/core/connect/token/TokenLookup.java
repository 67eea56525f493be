/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

/**
 * The outcome of reading a saved sign-in. Unreadable files are a value, not an exception: a
 * damaged, tampered or foreign token file is reported and ignored, and never stops the viewer.
 */
public sealed interface TokenLookup {

  /** A sign-in was saved and decrypted. */
  record Found(TokenSet tokens) implements TokenLookup {}

  /** Nothing is saved for this account. */
  record Missing() implements TokenLookup {}

  /**
   * Something is saved but cannot be used; {@code reason} is one sentence for the user.
   *
   * @param reason what happened and what to do (sign in again)
   */
  record Unreadable(String reason) implements TokenLookup {}
}
