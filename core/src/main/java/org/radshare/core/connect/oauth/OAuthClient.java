/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.oauth;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.radshare.core.connect.Platform;

/**
 * A department's app registration with one platform, read from department configuration (never
 * compiled in): who we are to the platform and where its OAuth endpoints are.
 *
 * @param platform the platform
 * @param clientId the client id the department registered
 * @param clientSecret the client secret, for platforms that insist on one (Mastodon, LinkedIn,
 *     Facebook); empty for public native clients (X)
 * @param authorizationEndpoint where the browser is sent
 * @param tokenEndpoint where codes and refresh tokens are exchanged
 * @param revocationEndpoint where tokens are revoked on sign-out, if the platform has one
 * @param scope the scopes to request, space separated
 * @param redirectPort the loopback port to listen on; 0 picks a free one (X, LinkedIn and Facebook
 *     need a fixed, registered port because they match redirect URIs exactly)
 * @param pkce whether to send PKCE's code challenge and verifier: X and Mastodon require or accept
 *     it; LinkedIn refuses a verifier beside the secret of a standard confidential app ({@code 401
 *     invalid_client}) unless native PKCE was enabled for the app; Facebook's plain login flow does
 *     not use it
 */
public record OAuthClient(
    Platform platform,
    String clientId,
    Optional<String> clientSecret,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    Optional<URI> revocationEndpoint,
    String scope,
    int redirectPort,
    boolean pkce) {

  /** The path of the loopback redirect URI. */
  public static final String CALLBACK_PATH = "/callback";

  /**
   * The host name of the redirect URI: Facebook accepts plain-HTTP redirects only to {@code
   * localhost} (exact match), the others the loopback address RFC 8252 §7.3 recommends.
   */
  public String redirectHost() {
    return platform == Platform.FACEBOOK ? "localhost" : "127.0.0.1";
  }

  public OAuthClient {
    Objects.requireNonNull(platform);
    Objects.requireNonNull(clientSecret);
    Objects.requireNonNull(authorizationEndpoint);
    Objects.requireNonNull(tokenEndpoint);
    Objects.requireNonNull(revocationEndpoint);
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException(
          "No client id is configured for " + platform.displayName() + "; see docs/connectors.md.");
    }
    scope = scope == null ? "" : scope;
    if (redirectPort < 0 || redirectPort > 65535) {
      throw new IllegalArgumentException("redirectPort out of range: " + redirectPort);
    }
  }
}
