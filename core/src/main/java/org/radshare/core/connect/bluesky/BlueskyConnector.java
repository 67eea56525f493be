/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.MediaRef;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.PostResult;
import org.radshare.core.connect.compose.PostComposer;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.http.ApiRequest;
import org.radshare.core.connect.http.ApiResponse;
import org.radshare.core.connect.http.Failures;
import org.radshare.core.connect.token.StoredSession;

/**
 * Posts to Bluesky (any AT Protocol PDS): images as blobs (re-encoded beforehand to fit the 1 MB
 * cap) or one MP4 clip as a blob embedded with {@code app.bsky.embed.video} (GIFs are refused:
 * Bluesky has no animated-GIF embed), the post record with link and hashtag facets, alt text,
 * aspect ratio and a {@code graphic-media} self-label for sensitive posts. The record key is chosen
 * by us, so a createRecord repeated after a timeout cannot make a second post.
 */
public final class BlueskyConnector implements Connector {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int CREATE_ATTEMPTS = 3;

  private final URI pds;
  private final ApiClient api;
  private final StoredSession session;
  private PlatformLimits limits;

  public BlueskyConnector(URI pds, ApiClient api, StoredSession session) {
    this.pds = Objects.requireNonNull(pds);
    this.api = Objects.requireNonNull(api);
    this.session = Objects.requireNonNull(session);
  }

  @Override
  public Platform platform() {
    return Platform.BLUESKY;
  }

  /** Bluesky's caps, lowered to the PDS's own blob limit where it advertises one. */
  @Override
  public synchronized PlatformLimits limits() throws ConnectorException {
    if (limits == null) {
      limits = BlueskyServer.limits(api, pds);
    }
    return limits;
  }

  @Override
  public void ensureAuthorised() throws ConnectorException {
    session.refreshIfExpiring();
  }

  @Override
  public MediaRef uploadMedia(MediaItem item) throws ConnectorException {
    if (item.clip()) {
      PostComposer.checkClip(item, limits());
      BlueskyServer.requireConfirmedEmail(api, pds, session);
    }
    // Blobs are content-addressed: uploading twice stores one blob, so retrying is safe.
    ApiRequest upload =
        ApiRequest.post(
                BlueskySessions.xrpc(pds, "com.atproto.repo.uploadBlob"),
                item.mimeType(),
                item.bytes())
            .withRetrySafe(true);
    ApiResponse r = api.send(upload, session);
    JsonNode blob = r.json().path("blob");
    String cid = blob.path("ref").path("$link").asText("");
    if (cid.isEmpty()) {
      throw r.malformed(null);
    }
    return new MediaRef(Platform.BLUESKY, cid, item, blob.toString());
  }

  @Override
  public PostResult createPost(PostDraft draft, List<MediaRef> media) throws ConnectorException {
    String did = session.tokens().account().getOrDefault("did", "");
    String rkey = RecordKey.tid(api.clock().instant(), draft.idempotencyKey());
    // The same content posted earlier today or yesterday (an unclear failure, then a repeat) has
    // one of these keys: it is already posted, so say so instead of posting again.
    for (String earlier :
        List.of(rkey, RecordKey.previousDay(api.clock().instant(), draft.idempotencyKey()))) {
      if (recordExists(did, earlier)) {
        return result("at://" + did + "/" + BlueskyRequests.POST_COLLECTION + "/" + earlier);
      }
    }
    List<JsonNode> blobs = new ArrayList<>();
    for (MediaRef ref : media) {
      blobs.add(readJson(ref.platformData()));
    }
    List<MediaItem> items = media.stream().map(MediaRef::item).toList();
    byte[] body =
        BlueskyRequests.createPost(did, rkey, draft, items, blobs, api.clock().instant())
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    // Not retried blindly: after a timeout or 5xx we first ask whether the record landed (a
    // repeated create with the same key gives the reference PDS a 500, not a clear conflict).
    ApiRequest create =
        ApiRequest.post(
            BlueskySessions.xrpc(pds, "com.atproto.repo.createRecord"), "application/json", body);
    String atUri = "at://" + did + "/" + BlueskyRequests.POST_COLLECTION + "/" + rkey;
    for (int attempt = 1; ; attempt++) {
      ApiResponse r;
      try {
        r = api.exchange(create, session);
      } catch (ConnectorException e) {
        boolean unclear = e.noClearAnswer();
        if (unclear && recordExists(did, rkey)) {
          return result(atUri);
        }
        if (unclear && attempt < CREATE_ATTEMPTS) {
          continue;
        }
        if (unclear) {
          // The record key is the content's: a repeat today finds this post instead.
          throw Failures.unconfirmed(
              Platform.BLUESKY, e, "your Bluesky profile", true, api.clock().instant());
        }
        throw e;
      }
      if (r.isSuccess()) {
        return result(r.text("/uri"));
      }
      boolean unclear = r.status() >= 500 || r.status() == 400;
      if (unclear && attempt > 1 && recordExists(did, rkey)) {
        return result(atUri);
      }
      if (r.status() >= 500 && attempt < CREATE_ATTEMPTS) {
        api.pause(Duration.ofSeconds(attempt));
        continue;
      }
      throw Failures.of(r, api.clock().instant());
    }
  }

  @Override
  public void delete(PostResult post) throws ConnectorException {
    String did = session.tokens().account().getOrDefault("did", "");
    byte[] body =
        BlueskyRequests.deleteRecord(did, RecordKey.fromUri(post.id()))
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    api.send(
        ApiRequest.post(
                BlueskySessions.xrpc(pds, "com.atproto.repo.deleteRecord"),
                "application/json",
                body)
            .withRetrySafe(true),
        session);
  }

  private boolean recordExists(String did, String rkey) throws ConnectorException {
    String query =
        "?repo="
            + URLEncoder.encode(did, StandardCharsets.UTF_8)
            + "&collection="
            + BlueskyRequests.POST_COLLECTION
            + "&rkey="
            + rkey;
    URI uri = URI.create(BlueskySessions.xrpc(pds, "com.atproto.repo.getRecord") + query);
    return api.exchange(ApiRequest.get(uri), session).isSuccess();
  }

  private PostResult result(String atUri) throws ConnectorException {
    if (!atUri.startsWith("at://")) {
      throw new ConnectorException(
          Kind.MALFORMED_RESPONSE,
          "Bluesky accepted the post but its answer could not be read; check your profile before posting again.");
    }
    String handle = session.tokens().account().getOrDefault("handle", "");
    String profile = handle.isEmpty() ? atUri.substring(5, atUri.indexOf('/', 5)) : handle;
    URI url =
        URI.create("https://bsky.app/profile/" + profile + "/post/" + RecordKey.fromUri(atUri));
    return new PostResult(Platform.BLUESKY, atUri, url);
  }

  private static JsonNode readJson(String text) throws ConnectorException {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new ConnectorException(
          Kind.MALFORMED_RESPONSE, "Uploaded Bluesky media could not be attached; try again.", e);
    }
  }
}
