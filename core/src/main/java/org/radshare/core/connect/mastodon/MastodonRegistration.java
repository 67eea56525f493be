/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.http.ApiRequest;
import org.radshare.core.connect.http.Authorizer;
import org.radshare.core.connect.oauth.OAuthClient;

/**
 * Registers RadShare with a Mastodon instance ({@code POST /api/v1/apps}); every instance is its
 * own authorisation server, so there is no department-wide client id. The result is cached with the
 * sign-in. The loopback redirect is registered without a port: Doorkeeper ignores the port of
 * loopback redirect URIs (RFC 8252).
 */
public final class MastodonRegistration {

  /** The scopes RadShare asks for: post statuses and media, read the account name. */
  public static final String SCOPES = "write:media write:statuses read:accounts";

  /** The redirect URI registered with every instance. */
  public static final String REDIRECT = "http://127.0.0.1" + OAuthClient.CALLBACK_PATH;

  private MastodonRegistration() {}

  /** Registers an app and returns the OAuth client to sign in with. */
  public static OAuthClient register(ApiClient api, URI instance) throws ConnectorException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("client_name", "RadShare");
    body.put("redirect_uris", REDIRECT);
    body.put("scopes", SCOPES);
    body.put("website", "https://github.com/radshare");
    String base = instance.toString().replaceAll("/+$", "");
    JsonNode app =
        api.send(
                ApiRequest.post(
                    URI.create(base + "/api/v1/apps"),
                    "application/json",
                    body.toString().getBytes(StandardCharsets.UTF_8)),
                Authorizer.NONE)
            .json();
    String clientId = app.path("client_id").asText("");
    String secret = app.path("client_secret").asText("");
    if (clientId.isEmpty() || secret.isEmpty()) {
      throw new ConnectorException(
          ConnectorException.Kind.MALFORMED_RESPONSE,
          "Mastodon did not return app credentials; check the instance address.");
    }
    return new OAuthClient(
        Platform.MASTODON,
        clientId,
        Optional.of(secret),
        URI.create(base + "/oauth/authorize"),
        URI.create(base + "/oauth/token"),
        Optional.of(URI.create(base + "/oauth/revoke")),
        SCOPES,
        0,
        true);
  }
}
