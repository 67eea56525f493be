/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.radshare.core.connect.ClipSupport;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.http.ApiRequest;
import org.radshare.core.connect.http.Authorizer;

/**
 * What a particular PDS allows, for self-hosted servers that differ from Bluesky's: the blob cap a
 * server advertises in {@code com.atproto.server.describeServer} ({@code blobUploadLimit}, sent by
 * several PDS implementations; the reference PDS keeps it in its configuration and does not send
 * it, so the lexicon's caps apply), and whether the account's email is confirmed ({@code
 * com.atproto.server.getSession} {@code emailConfirmed}), which Bluesky requires before it shows
 * videos.
 */
final class BlueskyServer {

  private BlueskyServer() {}

  /** Bluesky's limits, with the byte caps lowered to the server's advertised blob limit. */
  static PlatformLimits limits(ApiClient api, URI pds) throws ConnectorException {
    PlatformLimits d = PlatformLimits.defaultsFor(Platform.BLUESKY);
    JsonNode server =
        api.send(
                ApiRequest.get(BlueskySessions.xrpc(pds, "com.atproto.server.describeServer")),
                Authorizer.NONE)
            .json();
    long blob = server.path("blobUploadLimit").asLong(0);
    if (blob <= 0) {
      return d;
    }
    ClipSupport c = d.clips();
    return new PlatformLimits(
        d.platform(),
        d.textRule(),
        d.maxTextLength(),
        d.maxTextBytes(),
        d.urlLength(),
        d.maxImages(),
        Math.min(d.maxImageBytes(), blob),
        d.maxImagePixels(),
        d.maxAltTextLength(),
        d.contentWarnings(),
        new ClipSupport(
            c.platform(),
            Math.min(c.maxMp4Bytes(), blob),
            Math.min(c.maxGifBytes(), blob),
            c.maxAltTextLength()));
  }

  /**
   * Refuses a video for an account on Bluesky's own hosting whose email is not confirmed (Bluesky
   * requires a confirmed email before it takes videos); a self-hosted PDS sets its own rules.
   */
  static void requireConfirmedEmail(ApiClient api, URI pds, Authorizer session)
      throws ConnectorException {
    String host = pds.getHost() == null ? "" : pds.getHost().toLowerCase(java.util.Locale.ROOT);
    if (!host.equals("bsky.social") && !host.endsWith(".bsky.network")) {
      return;
    }
    JsonNode me =
        api.send(
                ApiRequest.get(BlueskySessions.xrpc(pds, "com.atproto.server.getSession")), session)
            .json();
    if (me.has("emailConfirmed") && !me.path("emailConfirmed").asBoolean(false)) {
      throw new ConnectorException(
          Kind.REJECTED,
          "Bluesky takes videos only from accounts with a confirmed email; confirm the email in"
              + " Bluesky's settings, then post again.");
    }
  }
}
