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
 */
public record PlatformSettings(
    Platform platform,
    Optional<String> clientId,
    Optional<String> clientSecret,
    Optional<URI> instance,
    int redirectPort,
    Optional<String> pageId,
    Optional<String> apiVersion) {

  /** A client id, or a one-sentence configuration error naming the platform. */
  public String requireClientId() throws SettingsException {
    return clientId.orElseThrow(
        () ->
            new SettingsException(
                "No client id is configured for "
                    + platform.displayName()
                    + "; add clientId to its entry in the department configuration (see docs/connectors.md)."));
  }

  /** The instance address, or a configuration error. */
  public URI requireInstance() throws SettingsException {
    return instance.orElseThrow(
        () ->
            new SettingsException(
                "No instance is configured for "
                    + platform.displayName()
                    + "; add instance to its entry in the department configuration."));
  }
}
