/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.accounts;

import java.net.URI;
import java.util.Optional;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.config.PlatformSettings;
import org.radshare.core.connect.config.SettingsException;
import org.radshare.core.connect.facebook.FacebookConnector;
import org.radshare.core.connect.oauth.OAuthClient;

/**
 * The published OAuth endpoints and scopes of X, LinkedIn and Facebook (docs/platforms.md),
 * combined with the department's client id. Mastodon registers per instance (MastodonRegistration)
 * and Bluesky signs in with an app password, so neither is here.
 */
final class PlatformOAuth {

  static final String X_SCOPES = "tweet.read tweet.write users.read media.write offline.access";
  static final String LINKEDIN_SCOPES = "openid profile w_member_social";
  static final String FACEBOOK_SCOPES = "pages_manage_posts pages_read_engagement pages_show_list";

  private PlatformOAuth() {}

  static OAuthClient client(PlatformSettings s) throws SettingsException {
    String id = s.requireClientId();
    return switch (s.platform()) {
      case X ->
          new OAuthClient(
              Platform.X,
              id,
              Optional.empty(), // a Native App is a public client: PKCE, no secret
              URI.create("https://x.com/i/oauth2/authorize"),
              URI.create("https://api.x.com/2/oauth2/token"),
              Optional.of(URI.create("https://api.x.com/2/oauth2/revoke")),
              X_SCOPES,
              s.requireRedirectPort(),
              s.pkce());
      case LINKEDIN ->
          new OAuthClient(
              Platform.LINKEDIN,
              id,
              s.clientSecret(),
              URI.create("https://www.linkedin.com/oauth/v2/authorization"),
              URI.create("https://www.linkedin.com/oauth/v2/accessToken"),
              Optional.of(URI.create("https://www.linkedin.com/oauth/v2/revoke")),
              LINKEDIN_SCOPES,
              s.requireRedirectPort(),
              s.pkce());
      case FACEBOOK -> {
        String v = "v" + s.apiVersion().orElse(FacebookConnector.DEFAULT_VERSION);
        yield new OAuthClient(
            Platform.FACEBOOK,
            id,
            s.clientSecret(),
            URI.create("https://www.facebook.com/" + v + "/dialog/oauth"),
            URI.create("https://graph.facebook.com/" + v + "/oauth/access_token"),
            Optional.empty(),
            FACEBOOK_SCOPES,
            s.requireRedirectPort(),
            s.pkce());
      }
      default ->
          throw new SettingsException(
              s.platform().displayName() + " does not sign in with a department OAuth client.");
    };
  }
}
