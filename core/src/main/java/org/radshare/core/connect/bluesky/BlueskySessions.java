/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.http.ApiRequest;
import org.radshare.core.connect.http.ApiResponse;
import org.radshare.core.connect.http.Authorizer;
import org.radshare.core.connect.token.StoredSession;
import org.radshare.core.connect.token.TokenSet;

/**
 * Bluesky sign-in with an app password (atproto OAuth needs PAR and DPoP, which ScribeJava lacks;
 * see docs/platforms.md): {@code createSession} once, then {@code refreshSession} with the refresh
 * JWT, so the per-account login limit (30 per 5 minutes) is never hit by posting.
 */
public final class BlueskySessions {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BlueskySessions() {}

  /** Logs in; the app password is used once and never stored. */
  public static TokenSet login(ApiClient api, URI pds, String identifier, String appPassword)
      throws ConnectorException {
    byte[] body =
        BlueskyRequests.createSession(identifier, appPassword)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    ApiRequest request =
        ApiRequest.post(xrpc(pds, "com.atproto.server.createSession"), "application/json", body);
    ApiResponse r = api.exchange(request, Authorizer.NONE);
    if (r.status() == 401) {
      throw new ConnectorException(
          Kind.AUTH,
          "Bluesky did not accept that handle and app password; check both (create an app password in Bluesky's settings).");
    }
    if (!r.isSuccess()) {
      throw org.radshare.core.connect.http.Failures.of(r, api.clock().instant());
    }
    return tokens(r, pds);
  }

  /** Renews the session with the refresh JWT (no body: a body gives 400). */
  public static StoredSession.Refresher refresher(ApiClient api, URI pds) {
    return current -> {
      String refresh =
          current
              .refresh()
              .orElseThrow(
                  () ->
                      new ConnectorException(
                          Kind.AUTH, "The Bluesky session cannot be renewed; sign in again."));
      Authorizer bearer = Authorizer.bearer(refresh);
      ApiRequest request =
          new ApiRequest(
              "POST", xrpc(pds, "com.atproto.server.refreshSession"), Map.of(), null, null, true);
      ApiResponse r = api.exchange(request, bearer);
      if (r.status() == 400 || r.status() == 401) {
        throw new ConnectorException(
            Kind.AUTH,
            "The Bluesky session has ended; sign in again with `radshare accounts login bluesky`.");
      }
      if (!r.isSuccess()) {
        throw org.radshare.core.connect.http.Failures.of(r, api.clock().instant());
      }
      return tokens(r, pds);
    };
  }

  /** Bluesky signals an expired access token with 400 ExpiredToken (401 on some servers). */
  public static boolean isExpired(ApiResponse r) {
    if (r.status() == 401) {
      return true;
    }
    if (r.status() != 400) {
      return false;
    }
    try {
      JsonNode error = MAPPER.readTree(r.body()).path("error");
      return error.asText().equals("ExpiredToken");
    } catch (java.io.IOException e) {
      return false;
    }
  }

  static URI xrpc(URI pds, String method) {
    return URI.create(pds.toString().replaceAll("/+$", "") + "/xrpc/" + method);
  }

  private static TokenSet tokens(ApiResponse r, URI pds) throws ConnectorException {
    JsonNode s = r.json();
    String access = s.path("accessJwt").asText("");
    String refresh = s.path("refreshJwt").asText("");
    String did = s.path("did").asText("");
    if (access.isEmpty() || refresh.isEmpty() || did.isEmpty()) {
      throw r.malformed(null);
    }
    return new TokenSet(
        access,
        refresh,
        expiry(access),
        "",
        Map.of("did", did, "handle", s.path("handle").asText(did), "pds", pds.toString()));
  }

  /** The {@code exp} claim of a JWT, read without verifying (only to refresh in time). */
  static Instant expiry(String jwt) {
    try {
      String[] parts = jwt.split("\\.");
      JsonNode claims = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
      return claims.has("exp") ? Instant.ofEpochSecond(claims.get("exp").asLong()) : null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }
}
