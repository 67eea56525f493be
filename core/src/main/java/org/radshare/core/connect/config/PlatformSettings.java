/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.config;

import java.net.URI;
import java.util.Optional;
import org.radshare.core.connect.Platform;

/**
 * What the department configured for one platform (never compiled in).
 *
 * @param platform the platform
 * @param clientId the department's OAuth client id (X, LinkedIn, Facebook); Mastodon registers
 *     itself per instance and Bluesky uses app passwords, so they need none
 * @param clientSecret the client secret, read from the file named by {@code clientSecretFile}
 *     (LinkedIn and Facebook insist on one)
 * @param instance the Mastodon instance, or the Bluesky PDS / entryway (default bsky.social)
 * @param redirectPort the fixed loopback port registered with the platform (X matches redirect URIs
 *     exactly); 0 for any free port
 * @param pageId the Facebook Page to post to
 * @param apiVersion LinkedIn-Version (YYYYMM) or Graph API version, to follow platform sunsets
 * @param pkce whether the sign-in sends PKCE (policy {@code pkce}; default on for X and Mastodon,
 *     off for LinkedIn and Facebook, see {@link #defaultPkce})
 */
public record PlatformSettings(
    Platform platform,
    Optional<String> clientId,
    Optional<String> clientSecret,
    Optional<URI> instance,
    int redirectPort,
    Optional<String> pageId,
    Optional<String> apiVersion,
    boolean pkce) {

  /**
   * PKCE unless the department says otherwise: X requires it and Mastodon supports it; a standard
   * LinkedIn app is a confidential client that answers {@code 401 invalid_client} to a verifier
   * sent with the secret; Facebook's login dialog flow does not take it.
   */
  public static boolean defaultPkce(Platform platform) {
    return platform == Platform.X || platform == Platform.MASTODON;
  }

  /**
   * The fixed loopback port of the redirect URI X, LinkedIn and Facebook registered (they match it
   * exactly), or a configuration error; other platforms may use 0, any free port.
   */
  public int requireRedirectPort() throws SettingsException {
    boolean fixed =
        platform == Platform.X || platform == Platform.LINKEDIN || platform == Platform.FACEBOOK;
    if (fixed && redirectPort < 1024) {
      throw new SettingsException(
          platform.displayName()
              + " matches the sign-in redirect exactly; add redirectPort (1024-65535, the port"
              + " registered with the app) to its entry in the department configuration.");
    }
    return redirectPort;
  }

  /** A client id, or a one-sentence configuration error naming the platform. */
  public String requireClientId() throws SettingsException {
    return clientId.orElseThrow(
        () ->
            new SettingsException(
                "No client id is configured for "
                    + platform.displayName()
                    + "; add clientId to its entry in the department configuration (see docs/connectors.md)."));
  }

  /**
   * The instance address, or a configuration error. Plain HTTP is refused (the sign-in token would
   * cross the network in clear) except to this computer's own loopback address.
   */
  public URI requireInstance() throws SettingsException {
    URI uri = configuredInstance();
    String host = uri.getHost() == null ? "" : uri.getHost();
    boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
    if (!"https".equalsIgnoreCase(uri.getScheme())
        && !("http".equalsIgnoreCase(uri.getScheme()) && loopback)) {
      throw new SettingsException(
          "The "
              + platform.displayName()
              + " instance must be an https:// address; fix instance in the department"
              + " configuration.");
    }
    return uri;
  }

  private URI configuredInstance() throws SettingsException {
    return instance.orElseThrow(
        () ->
            new SettingsException(
                "No instance is configured for "
                    + platform.displayName()
                    + "; add instance to its entry in the department configuration."));
  }
}
