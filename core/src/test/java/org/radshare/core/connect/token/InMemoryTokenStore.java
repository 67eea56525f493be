/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A token store for tests of code that saves renewed tokens. */
public final class InMemoryTokenStore implements TokenStore {

  public final Map<AccountId, TokenSet> saved = new LinkedHashMap<>();

  @Override
  public TokenLookup load(AccountId account) {
    TokenSet t = saved.get(account);
    return t == null ? new TokenLookup.Missing() : new TokenLookup.Found(t);
  }

  @Override
  public void save(AccountId account, TokenSet tokens) {
    saved.put(account, tokens);
  }

  @Override
  public void delete(AccountId account) {
    saved.remove(account);
  }

  @Override
  public List<AccountId> accounts() {
    return new ArrayList<>(saved.keySet());
  }
}
