/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import java.util.List;

/**
 * Where sign-ins are kept between sessions. Never plain text at rest; see docs/connectors.md for
 * the threat model of each implementation.
 */
public interface TokenStore {

  /** Reads a saved sign-in; never throws for damaged or foreign data. */
  TokenLookup load(AccountId account);

  /** Saves (or replaces) a sign-in. */
  void save(AccountId account, TokenSet tokens) throws TokenStoreException;

  /** Removes a sign-in; removing one that does not exist is not an error. */
  void delete(AccountId account) throws TokenStoreException;

  /** The accounts with something saved (readable or not). */
  List<AccountId> accounts() throws TokenStoreException;
}
