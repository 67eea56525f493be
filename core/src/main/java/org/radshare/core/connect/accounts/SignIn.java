/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.bluesky.BlueskySessions;
import org.radshare.core.connect.config.ConnectorSettings;
import org.radshare.core.connect.config.PlatformSettings;
import org.radshare.core.connect.config.SettingsException;
import org.radshare.core.connect.facebook.FacebookConnector;
import org.radshare.core.connect.facebook.FacebookPageToken;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.http.ApiRequest;
import org.radshare.core.connect.http.Authorizer;
import org.radshare.core.connect.mastodon.MastodonRegistration;
import org.radshare.core.connect.oauth.BrowserLauncher;
import org.radshare.core.connect.oauth.OAuthClient;
import org.radshare.core.connect.oauth.OAuthFlow;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.TokenSet;
import org.radshare.core.connect.token.TokenStore;
import org.radshare.core.connect.token.TokenStoreException;

/**
 * Signing in to a platform and saving the result: the OAuth dance for Mastodon, X, LinkedIn and
 * Facebook (then the account's name, or the Page's token), an app-password session for Bluesky.
 */
public final class SignIn {

  /** Bluesky's entryway, used when the department configures no PDS. */
  public static final URI BLUESKY_ENTRYWAY = URI.create("https://bsky.social");

  private final ConnectorSettings settings;
  private final TokenStore store;
  private final Clock clock;
  private final Function<Platform, ApiClient> http;

  public SignIn(
      ConnectorSettings settings,
      TokenStore store,
      Clock clock,
      Function<Platform, ApiClient> http) {
    this.settings = settings;
    this.store = store;
    this.clock = clock;
    this.http = http;
  }

  /** Runs the browser sign-in for an OAuth platform and saves the account. */
  public AccountId oauth(Platform platform, BrowserLauncher browser, Duration timeout)
      throws ConnectorException, SettingsException, TokenStoreException {
    PlatformSettings s = settings.require(platform);
    ApiClient api = http.apply(platform);
    OAuthClient client =
        platform == Platform.MASTODON
            ? MastodonRegistration.register(api, s.requireInstance())
            : PlatformOAuth.client(s);
    TokenSet tokens = new OAuthFlow(client, clock).authorise(browser, timeout);
    Map<String, String> facts = new HashMap<>();
    String name;
    switch (platform) {
      case MASTODON -> {
        String base = s.requireInstance().toString().replaceAll("/+$", "");
        JsonNode me = get(api, base + "/api/v1/accounts/verify_credentials", tokens);
        name = me.path("acct").asText("") + "@" + s.requireInstance().getHost();
        facts.put("instance", base);
        facts.put("clientId", client.clientId());
        client.clientSecret().ifPresent(sec -> facts.put("clientSecret", sec));
      }
      case X -> {
        name =
            get(api, "https://api.x.com/2/users/me", tokens)
                .path("data")
                .path("username")
                .asText("");
        facts.put("username", name);
      }
      case LINKEDIN -> {
        JsonNode me = get(api, "https://api.linkedin.com/v2/userinfo", tokens);
        facts.put("sub", me.path("sub").asText(""));
        name = me.path("name").asText(me.path("sub").asText(""));
      }
      case FACEBOOK -> {
        return savePage(s, api, tokens);
      }
      default ->
          throw new SettingsException(platform.displayName() + " does not use a browser sign-in.");
    }
    if (name.isBlank()) {
      throw new ConnectorException(
          Kind.MALFORMED_RESPONSE,
          platform.displayName() + " did not say which account signed in; try again.");
    }
    AccountId id = new AccountId(platform, name);
    store.save(id, tokens.withAccount(facts));
    return id;
  }

  /**
   * Facebook: exchange the user token for a long-lived one, read the configured Page's token from
   * the Page and its expiry from debug_token, and save that (see FacebookPageToken).
   */
  private AccountId savePage(PlatformSettings s, ApiClient api, TokenSet user)
      throws ConnectorException, SettingsException, TokenStoreException {
    String page =
        s.pageId()
            .orElseThrow(() -> new SettingsException("No pageId is configured for Facebook."));
    String secret =
        s.clientSecret()
            .orElseThrow(
                () ->
                    new SettingsException(
                        "No client secret is configured for Facebook; add clientSecretFile to its"
                            + " entry in the department configuration."));
    URI graph = FacebookConnector.graph(s.apiVersion());
    FacebookPageToken.Page p =
        new FacebookPageToken(graph, api, s.requireClientId(), secret).forPage(page, user);
    AccountId id = new AccountId(Platform.FACEBOOK, p.name());
    store.save(id, p.tokens());
    return id;
  }

  /** Bluesky: one app-password login; the password itself is not stored. */
  public AccountId bluesky(String handle, String appPassword)
      throws ConnectorException, SettingsException, TokenStoreException {
    PlatformSettings s = settings.require(Platform.BLUESKY);
    URI pds = s.instance().orElse(BLUESKY_ENTRYWAY);
    TokenSet tokens = BlueskySessions.login(http.apply(Platform.BLUESKY), pds, handle, appPassword);
    AccountId id = new AccountId(Platform.BLUESKY, tokens.account().getOrDefault("handle", handle));
    store.save(id, tokens);
    return id;
  }

  private static JsonNode get(ApiClient api, String url, TokenSet tokens)
      throws ConnectorException {
    Authorizer bearer = Authorizer.bearer(tokens.accessToken());
    return api.send(ApiRequest.get(URI.create(url)), bearer).json();
  }
}
