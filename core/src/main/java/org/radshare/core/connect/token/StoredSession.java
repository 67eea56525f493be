/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.http.ApiResponse;
import org.radshare.core.connect.http.Authorizer;

/**
 * A saved sign-in in use: supplies the bearer header, refreshes shortly before expiry or when the
 * platform says the token expired, and saves renewed tokens back to the store.
 */
public final class StoredSession implements Authorizer {

  /** Renews tokens the platform's way (OAuth refresh grant, Bluesky refreshSession). */
  @FunctionalInterface
  public interface Refresher {
    TokenSet refresh(TokenSet current) throws ConnectorException;
  }

  /** Refresh this long before the access token expires. */
  public static final Duration MARGIN = Duration.ofMinutes(2);

  private final AccountId account;
  private final TokenStore store;
  private final Refresher refresher;
  private final Clock clock;
  private final Predicate<ApiResponse> expired;
  private TokenSet tokens;
  private Optional<String> saveProblem = Optional.empty();

  public StoredSession(
      AccountId account,
      TokenSet tokens,
      TokenStore store,
      Refresher refresher,
      Clock clock,
      Predicate<ApiResponse> expired) {
    this.account = account;
    this.tokens = tokens;
    this.store = store;
    this.refresher = refresher;
    this.clock = clock;
    this.expired = expired;
  }

  /**
   * Opens the saved sign-in for an account.
   *
   * @throws ConnectorException AUTH when nothing usable is saved (with the store's reason)
   */
  public static StoredSession open(
      AccountId account,
      TokenStore store,
      Refresher refresher,
      Clock clock,
      Predicate<ApiResponse> expired)
      throws ConnectorException {
    TokenLookup lookup = store.load(account);
    if (lookup instanceof TokenLookup.Found found) {
      return new StoredSession(account, found.tokens(), store, refresher, clock, expired);
    }
    String reason =
        lookup instanceof TokenLookup.Unreadable u
            ? u.reason()
            : "Not signed in to "
                + account.platform().displayName()
                + "; sign in with `radshare accounts login "
                + account.platform().key()
                + "`.";
    throw new ConnectorException(Kind.AUTH, reason);
  }

  /** The current tokens (after any refresh). */
  public TokenSet tokens() {
    return tokens;
  }

  /** Refreshes now if the access token expires within {@link #MARGIN}. */
  public void refreshIfExpiring() throws ConnectorException {
    if (tokens.expiresWithin(MARGIN, clock.instant())) {
      refresh();
    }
  }

  @Override
  public Optional<String> header() throws ConnectorException {
    refreshIfExpiring();
    return Optional.of("Bearer " + tokens.accessToken());
  }

  @Override
  public boolean isExpired(ApiResponse response) {
    return expired.test(response);
  }

  @Override
  public void refresh() throws ConnectorException {
    tokens = refresher.refresh(tokens);
    try {
      store.save(account, tokens);
    } catch (TokenStoreException e) {
      // The renewed tokens still work for this session; do not fail the post over it.
      saveProblem = Optional.of(e.getMessage());
    }
  }

  /**
   * Why renewed tokens could not be saved, if they could not (the next session needs a sign-in).
   */
  public Optional<String> saveProblem() {
    return saveProblem;
  }
}
