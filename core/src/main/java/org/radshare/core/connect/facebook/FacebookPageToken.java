/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.http.ApiRequest;
import org.radshare.core.connect.http.ApiResponse;
import org.radshare.core.connect.http.Authorizer;
import org.radshare.core.connect.token.TokenSet;

/**
 * Turns the user token of a Facebook sign-in into the Page token RadShare posts with, so that
 * posting keeps working after the hour a login-dialog token lives: the user token is first
 * exchanged for a long-lived one ({@code grant_type=fb_exchange_token}), the Page's token is read
 * from the Page itself ({@code GET /{page-id}?fields=access_token}, which also finds Pages of a
 * Business portfolio that one unpaged {@code /me/accounts} misses), and its real expiry is asked of
 * {@code debug_token} rather than assumed.
 */
public final class FacebookPageToken {

  private final URI graph;
  private final ApiClient api;
  private final String appId;
  private final String appSecret;

  /**
   * @param graph the Graph API base with its version, e.g. {@code https://graph.facebook.com/v25.0}
   * @param appId the department's app id (the policy's {@code clientId})
   * @param appSecret the app secret (the policy's {@code clientSecretFile})
   */
  public FacebookPageToken(URI graph, ApiClient api, String appId, String appSecret) {
    this.graph = Objects.requireNonNull(graph);
    this.api = Objects.requireNonNull(api);
    this.appId = Objects.requireNonNull(appId);
    this.appSecret = Objects.requireNonNull(appSecret);
  }

  /** The Page's name and token set (expiry from debug_token; none when it never expires). */
  public record Page(String name, TokenSet tokens) {}

  /** Exchanges, fetches and checks; the user token itself is not kept. */
  public Page forPage(String pageId, TokenSet userToken) throws ConnectorException {
    String longLived =
        text(
            send(
                "/oauth/access_token?grant_type=fb_exchange_token&client_id="
                    + enc(appId)
                    + "&client_secret="
                    + enc(appSecret)
                    + "&fb_exchange_token="
                    + enc(userToken.accessToken()),
                Authorizer.NONE),
            "access_token");
    JsonNode page =
        send("/" + enc(pageId) + "?fields=access_token,name", Authorizer.bearer(longLived)).json();
    String pageToken = page.path("access_token").asText("");
    if (pageToken.isEmpty()) {
      throw new ConnectorException(
          Kind.AUTH,
          "This Facebook user cannot post to Page "
              + pageId
              + "; ask a Page admin for a task that allows posting, then sign in again.");
    }
    JsonNode info =
        send(
                "/debug_token?input_token="
                    + enc(pageToken)
                    + "&access_token="
                    + enc(appId + "|" + appSecret),
                Authorizer.NONE)
            .json()
            .path("data");
    if (!info.path("is_valid").asBoolean(false)) {
      throw new ConnectorException(
          Kind.AUTH, "Facebook says the Page token is not valid; sign in to Facebook again.");
    }
    Map<String, String> facts = new HashMap<>();
    facts.put("pageId", pageId);
    epoch(info.path("data_access_expires_at"))
        .ifPresent(t -> facts.put("dataAccessExpiresAt", t.toString()));
    Instant expires = epoch(info.path("expires_at")).orElse(null);
    return new Page(
        page.path("name").asText(pageId),
        new TokenSet(pageToken, "", expires, userToken.scope(), facts));
  }

  /** A Graph time in epoch seconds; 0 means never. */
  private static Optional<Instant> epoch(JsonNode n) {
    long seconds = n.asLong(0);
    return seconds > 0 ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
  }

  private ApiResponse send(String pathAndQuery, Authorizer auth) throws ConnectorException {
    URI uri = URI.create(graph.toString().replaceAll("/+$", "") + pathAndQuery);
    return api.send(ApiRequest.get(uri), auth);
  }

  private static String text(ApiResponse r, String field) throws ConnectorException {
    String v = r.json().path(field).asText("");
    if (v.isEmpty()) {
      throw r.malformed(null);
    }
    return v;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
