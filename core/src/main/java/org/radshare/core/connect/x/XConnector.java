/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.x;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.radshare.core.connect.http.Multipart;
import org.radshare.core.connect.http.PollPolicy;
import org.radshare.core.connect.token.StoredSession;

/**
 * Posts to X through API v2 with an OAuth 2.0 (PKCE) user token: chunked media upload (initialize
 * with the category {@code tweet_image}, {@code tweet_video} or {@code tweet_gif}, append in
 * segments of at most 4 MB, finalize, then STATUS polled while X processes a clip), alt text
 * through media metadata, then the post. X has no idempotency key, so the post call is never
 * repeated after a timeout or 5xx: the user is told to check their profile instead (unattached
 * media expires on its own).
 */
public final class XConnector implements Connector {

  /** X's API host. */
  public static final URI API = URI.create("https://api.x.com");

  /**
   * Bytes per append segment (at most 4 MB, under X's per-segment cap): a 512 MiB clip takes 135
   * segments, well within X's segment indexes 0–999.
   */
  static final int CHUNK_BYTES = 4_000_000;

  private final URI base;
  private final ApiClient api;
  private final StoredSession session;
  private final PollPolicy polls;
  private final int chunkBytes;

  public XConnector(URI base, ApiClient api, StoredSession session) {
    this(base, api, session, PollPolicy.mediaProcessing(), CHUNK_BYTES);
  }

  /**
   * @param polls how long to wait while X processes media (clips take longer)
   * @param chunkBytes bytes per append segment, at most {@link #CHUNK_BYTES}
   */
  XConnector(URI base, ApiClient api, StoredSession session, PollPolicy polls, int chunkBytes) {
    this.base = Objects.requireNonNull(base);
    this.api = Objects.requireNonNull(api);
    this.session = Objects.requireNonNull(session);
    this.polls = Objects.requireNonNull(polls);
    if (chunkBytes <= 0 || chunkBytes > CHUNK_BYTES) {
      throw new IllegalArgumentException("chunk size must be 1.." + CHUNK_BYTES);
    }
    this.chunkBytes = chunkBytes;
  }

  @Override
  public Platform platform() {
    return Platform.X;
  }

  @Override
  public PlatformLimits limits() {
    return PlatformLimits.defaultsFor(Platform.X);
  }

  @Override
  public void ensureAuthorised() throws ConnectorException {
    session.refreshIfExpiring();
  }

  @Override
  public MediaRef uploadMedia(MediaItem item) throws ConnectorException {
    if (item.clip()) {
      PostComposer.checkClip(item, limits());
      XClipRules.check(item);
    }
    // Every upload step is safe to repeat: a stray upload session simply expires.
    String id =
        postJson("/2/media/upload/initialize", XRequests.initializeUpload(item)).text("/data/id");
    byte[] bytes = item.bytes();
    for (int index = 0, from = 0; from < bytes.length; index++, from += chunkBytes) {
      byte[] chunk = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + chunkBytes));
      Multipart form =
          new Multipart()
              .field("segment_index", Integer.toString(index))
              .file("media", "chunk", "application/octet-stream", chunk);
      api.send(
          ApiRequest.post(url("/2/media/upload/" + id + "/append"), form.contentType(), form.body())
              .withRetrySafe(true),
          session);
    }
    ApiResponse finalized =
        api.send(
            ApiRequest.post(url("/2/media/upload/" + id + "/finalize"), null, null)
                .withRetrySafe(true),
            session);
    awaitProcessing(id, item, finalized.json().path("data").path("processing_info"));
    postJson("/2/media/metadata", XRequests.altText(id, item));
    return new MediaRef(Platform.X, id, item);
  }

  /**
   * Polls the upload's STATUS while {@code processing_info} says pending or in progress, waiting
   * the {@code check_after_secs} X asks for. X has no call to delete uploaded media: a failed or
   * abandoned upload expires on its own ({@code expires_after_secs}).
   */
  private void awaitProcessing(String id, MediaItem item, JsonNode info) throws ConnectorException {
    String what = item.clip() ? "clip" : "image";
    Optional<Duration> pending = stillProcessing(info, what);
    if (pending.isEmpty()) {
      return;
    }
    URI status = url("/2/media/upload?command=STATUS&media_id=" + id);
    api.awaitProcessing(
        polls,
        pending.get(),
        () ->
            stillProcessing(
                api.send(ApiRequest.get(status), session)
                    .json()
                    .path("data")
                    .path("processing_info"),
                what),
        "X is still processing the " + what + "; try again in a few minutes.");
  }

  /** Empty when processing is over, else the wait X asked for; throws when it failed. */
  private static Optional<Duration> stillProcessing(JsonNode info, String what)
      throws ConnectorException {
    if (info.isMissingNode() || info.isNull()) {
      return Optional.empty();
    }
    String state = info.path("state").asText("succeeded");
    if (state.equals("failed")) {
      String reason = info.path("error").path("message").asText("").strip();
      throw new ConnectorException(
          Kind.REJECTED,
          "X could not process the "
              + what
              + (reason.isEmpty() ? "" : " (" + shorten(reason) + ")")
              + "; "
              + (what.equals("clip")
                  ? "export it again, shorter or smaller, and retry."
                  : "try another format."));
    }
    if (state.equals("pending") || state.equals("in_progress")) {
      return Optional.of(Duration.ofSeconds(Math.max(0, info.path("check_after_secs").asLong(0))));
    }
    return Optional.empty();
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").replaceAll("[.]+$", "");
    return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…";
  }

  @Override
  public PostResult createPost(PostDraft draft, List<MediaRef> media) throws ConnectorException {
    List<String> ids = media.stream().map(MediaRef::id).toList();
    if (draft.sensitive()) {
      // X has no per-post flag; each media item carries its own sensitive-media warning.
      for (MediaRef ref : media) {
        postJson("/2/media/metadata", XRequests.sensitive(ref.id(), ref.item()));
      }
    }
    byte[] body = XRequests.tweet(draft, ids).toString().getBytes(StandardCharsets.UTF_8);
    ApiResponse r;
    try {
      r = api.send(ApiRequest.post(url("/2/tweets"), "application/json", body), session);
    } catch (ConnectorException e) {
      if (e.noClearAnswer()) {
        String user = session.tokens().account().getOrDefault("username", "");
        throw Failures.unconfirmed(
            Platform.X,
            e,
            user.isEmpty() ? "your X profile" : "https://x.com/" + user,
            false,
            api.clock().instant());
      }
      throw e;
    }
    String id = r.json().path("data").path("id").asText("");
    if (id.isEmpty()) {
      throw new ConnectorException(
          Kind.MALFORMED_RESPONSE,
          "X answered without a post id; check your profile before posting again.");
    }
    String user = session.tokens().account().getOrDefault("username", "i/web");
    return new PostResult(Platform.X, id, URI.create("https://x.com/" + user + "/status/" + id));
  }

  @Override
  public void delete(PostResult post) throws ConnectorException {
    api.send(ApiRequest.delete(url("/2/tweets/" + post.id())), session);
  }

  private ApiResponse postJson(String path, JsonNode body) throws ConnectorException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    return api.send(
        ApiRequest.post(url(path), "application/json", bytes).withRetrySafe(true), session);
  }

  private URI url(String pathAndQuery) {
    return URI.create(base.toString().replaceAll("/+$", "") + pathAndQuery);
  }
}
