/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.accounts;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.bluesky.BlueskyConnector;
import org.radshare.core.connect.bluesky.BlueskySessions;
import org.radshare.core.connect.config.ConnectorSettings;
import org.radshare.core.connect.config.PlatformSettings;
import org.radshare.core.connect.config.SettingsException;
import org.radshare.core.connect.facebook.FacebookConnector;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.linkedin.LinkedInConnector;
import org.radshare.core.connect.mastodon.MastodonConnector;
import org.radshare.core.connect.oauth.OAuthClient;
import org.radshare.core.connect.oauth.OAuthFlow;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.StoredSession;
import org.radshare.core.connect.token.TokenLookup;
import org.radshare.core.connect.token.TokenSet;
import org.radshare.core.connect.token.TokenStore;
import org.radshare.core.connect.token.TokenStoreException;
import org.radshare.core.connect.x.XConnector;

/**
 * The signed-in accounts: what is connected (without showing tokens), signing out, and opening the
 * {@link Connector} that posts as an account. Signing in is {@link SignIn}.
 */
public final class Accounts {

  /** One saved account as the user sees it. */
  public record Entry(AccountId id, String status) {}

  private final ConnectorSettings settings;
  private final TokenStore store;
  private final Clock clock;
  private final Function<Platform, ApiClient> http;

  public Accounts(
      ConnectorSettings settings,
      TokenStore store,
      Clock clock,
      Function<Platform, ApiClient> http) {
    this.settings = settings;
    this.store = store;
    this.clock = clock;
    this.http = http;
  }

  /** Every saved account with a short status; unreadable ones say why. */
  public List<Entry> list() throws TokenStoreException {
    List<Entry> out = new ArrayList<>();
    for (AccountId id : store.accounts()) {
      TokenLookup lookup = store.load(id);
      String status;
      if (lookup instanceof TokenLookup.Found f) {
        status = describe(f.tokens());
      } else if (lookup instanceof TokenLookup.Unreadable u) {
        status = "unreadable: " + u.reason();
      } else {
        status = "not signed in";
      }
      out.add(new Entry(id, status));
    }
    return out;
  }

  private String describe(TokenSet t) {
    if (t.expiresAt() == null) {
      return "signed in";
    }
    if (t.expiresAt().isBefore(clock.instant())) {
      return t.refresh().isPresent() ? "signed in (renews on next use)" : "expired: sign in again";
    }
    return "signed in until " + t.expiresAt();
  }

  /**
   * Signs out: revokes the tokens where the platform allows it, then forgets them. The local copy
   * is removed even if the platform cannot be reached (the message says so).
   */
  public void logout(AccountId id) throws ConnectorException, TokenStoreException {
    TokenLookup lookup = store.load(id);
    ConnectorException revokeFailure = null;
    if (lookup instanceof TokenLookup.Found f) {
      try {
        revoke(id.platform(), f.tokens());
      } catch (ConnectorException | SettingsException e) {
        revokeFailure =
            new ConnectorException(
                Kind.UNAVAILABLE,
                "Signed out on this computer, but "
                    + id.platform().displayName()
                    + " could not revoke the access; remove RadShare in the account's app settings.",
                e);
      }
    }
    store.delete(id);
    if (revokeFailure != null) {
      throw revokeFailure;
    }
  }

  private void revoke(Platform platform, TokenSet tokens)
      throws ConnectorException, SettingsException {
    switch (platform) {
      case MASTODON -> {
        String instance = tokens.account().getOrDefault("instance", "");
        OAuthClient client =
            new OAuthClient(
                Platform.MASTODON,
                tokens.account().getOrDefault("clientId", "unknown"),
                java.util.Optional.ofNullable(tokens.account().get("clientSecret")),
                URI.create(instance + "/oauth/authorize"),
                URI.create(instance + "/oauth/token"),
                java.util.Optional.of(URI.create(instance + "/oauth/revoke")),
                "",
                0,
                true);
        new OAuthFlow(client, clock).revoke(tokens);
      }
      case X, LINKEDIN ->
          new OAuthFlow(PlatformOAuth.client(settings.require(platform)), clock).revoke(tokens);
      default -> {
        // Bluesky app passwords and Facebook Page tokens are revoked in the platform's settings.
      }
    }
  }

  /**
   * The connector posting as a saved account; {@code name} may be null when the platform has
   * exactly one saved account.
   */
  public Connector open(Platform platform, String name)
      throws ConnectorException, SettingsException, TokenStoreException {
    PlatformSettings s = settings.require(platform);
    AccountId id = resolve(platform, name);
    ApiClient api = http.apply(platform);
    return switch (platform) {
      case MASTODON -> {
        StoredSession session = session(id, noRefresh(platform), r -> r.status() == 401);
        // Post where the policy says, never where an old sign-in was made: a token of another
        // instance must not be sent to this one, nor a post land on an instance IT did not choose.
        URI instance = s.requireInstance();
        String remembered = session.tokens().account().getOrDefault("instance", "");
        if (!remembered.isEmpty() && !sameInstance(remembered, instance)) {
          throw new ConnectorException(
              Kind.AUTH,
              "The saved Mastodon sign-in is for "
                  + URI.create(remembered).getHost()
                  + ", but the department posts to "
                  + instance.getHost()
                  + "; sign in again with `radshare accounts login mastodon`.");
        }
        yield new MastodonConnector(instance, api, session);
      }
      case X -> {
        OAuthFlow flow = new OAuthFlow(PlatformOAuth.client(s), clock);
        yield new XConnector(
            XConnector.API, api, session(id, flow::refresh, r -> r.status() == 401));
      }
      case LINKEDIN -> {
        OAuthFlow flow = new OAuthFlow(PlatformOAuth.client(s), clock);
        yield new LinkedInConnector(
            LinkedInConnector.API,
            api,
            session(id, flow::refresh, r -> r.status() == 401),
            s.apiVersion().orElse(LinkedInConnector.DEFAULT_VERSION));
      }
      case BLUESKY -> {
        StoredSession probe = session(id, noRefresh(platform), BlueskySessions::isExpired);
        URI pds =
            URI.create(
                probe.tokens().account().getOrDefault("pds", SignIn.BLUESKY_ENTRYWAY.toString()));
        yield new BlueskyConnector(
            pds, api, session(id, BlueskySessions.refresher(api, pds), BlueskySessions::isExpired));
      }
      case FACEBOOK -> {
        String page =
            s.pageId()
                .orElseThrow(
                    () ->
                        new SettingsException(
                            "No pageId is configured for Facebook; add it to the department configuration."));
        URI graph = FacebookConnector.graph(s.apiVersion());
        yield new FacebookConnector(
            graph, page, api, session(id, noRefresh(platform), r -> r.status() == 401));
      }
      case OUTBOX ->
          throw new SettingsException(
              "The outbox needs no account; create an OutboxConnector directly.");
    };
  }

  private static boolean sameInstance(String remembered, URI instance) {
    String a = remembered.replaceAll("/+$", "").toLowerCase(java.util.Locale.ROOT);
    String b = instance.toString().replaceAll("/+$", "").toLowerCase(java.util.Locale.ROOT);
    return a.equals(b);
  }

  private AccountId resolve(Platform platform, String name)
      throws TokenStoreException, ConnectorException {
    if (name != null && !name.isBlank()) {
      return new AccountId(platform, name);
    }
    List<AccountId> mine = store.accounts().stream().filter(a -> a.platform() == platform).toList();
    if (mine.size() == 1) {
      return mine.get(0);
    }
    throw new ConnectorException(
        Kind.AUTH,
        mine.isEmpty()
            ? "Not signed in to "
                + platform.displayName()
                + "; sign in with `radshare accounts login "
                + platform.key()
                + "`."
            : "Several "
                + platform.displayName()
                + " accounts are signed in; say which one to use.");
  }

  private StoredSession session(
      AccountId id,
      StoredSession.Refresher refresher,
      java.util.function.Predicate<org.radshare.core.connect.http.ApiResponse> expired)
      throws ConnectorException {
    return StoredSession.open(id, store, refresher, clock, expired);
  }

  private static StoredSession.Refresher noRefresh(Platform platform) {
    return t -> {
      throw new ConnectorException(
          Kind.AUTH,
          "The "
              + platform.displayName()
              + " sign-in is no longer valid; sign in again with `radshare accounts login "
              + platform.key()
              + "`.");
    };
  }
}
