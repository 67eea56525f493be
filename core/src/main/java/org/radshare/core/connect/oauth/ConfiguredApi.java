/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.oauth;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;

/**
 * A ScribeJava API description built from configured endpoints, since ScribeJava ships nothing
 * usable for Mastodon, X OAuth 2 or Bluesky. Client credentials go in the request body:
 * ScribeJava's default (HTTP Basic) sends no client_id at all when there is no secret, which public
 * clients such as X's native apps need.
 */
final class ConfiguredApi extends DefaultApi20 {

  private final OAuthClient client;

  ConfiguredApi(OAuthClient client) {
    this.client = client;
  }

  @Override
  public String getAccessTokenEndpoint() {
    return client.tokenEndpoint().toString();
  }

  @Override
  protected String getAuthorizationBaseUrl() {
    return client.authorizationEndpoint().toString();
  }

  @Override
  public String getRevokeTokenEndpoint() {
    return client.revocationEndpoint().map(Object::toString).orElse(null);
  }

  @Override
  public ClientAuthentication getClientAuthentication() {
    return RequestBodyAuthenticationScheme.instance();
  }
}
