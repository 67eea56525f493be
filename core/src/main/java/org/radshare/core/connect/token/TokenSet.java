/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The credentials for one signed-in account. Secrets are never printed: {@link #toString()} hides
 * them, and only the token store writes them (encrypted).
 *
 * @param accessToken the bearer token (or Bluesky's access JWT)
 * @param refreshToken the refresh token, or empty when the platform issues none (Mastodon)
 * @param expiresAt when the access token expires, or null when it does not (Mastodon)
 * @param scope the granted scopes, as the platform reported them
 * @param account non-secret facts about the account: display name, instance URL, DID, page id
 */
public record TokenSet(
    String accessToken,
    String refreshToken,
    Instant expiresAt,
    String scope,
    Map<String, String> account) {

  public TokenSet {
    Objects.requireNonNull(accessToken, "accessToken");
    refreshToken = refreshToken == null ? "" : refreshToken;
    scope = scope == null ? "" : scope;
    account = Map.copyOf(account == null ? Map.of() : account);
  }

  public Optional<String> refresh() {
    return refreshToken.isEmpty() ? Optional.empty() : Optional.of(refreshToken);
  }

  /** Whether the access token expires within {@code margin} of {@code now}. */
  public boolean expiresWithin(Duration margin, Instant now) {
    return expiresAt != null && !now.plus(margin).isBefore(expiresAt);
  }

  /** A copy with more account facts. */
  public TokenSet withAccount(Map<String, String> facts) {
    java.util.Map<String, String> all = new java.util.HashMap<>(account);
    all.putAll(facts);
    return new TokenSet(accessToken, refreshToken, expiresAt, scope, all);
  }

  @Override
  public String toString() {
    // Account facts may include a per-instance client secret (Mastodon): print their names only.
    return "TokenSet[expiresAt="
        + expiresAt
        + ", scope="
        + scope
        + ", account="
        + account.keySet()
        + "]";
  }
}
