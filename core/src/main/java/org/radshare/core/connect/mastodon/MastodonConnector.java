/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.radshare.core.connect.ClipSupport;
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
import org.radshare.core.connect.http.Authorizer;
import org.radshare.core.connect.http.Failures;
import org.radshare.core.connect.http.Multipart;
import org.radshare.core.connect.http.PollPolicy;

/**
 * Posts to any Mastodon instance: limits read from {@code /api/v2/instance} (including the clip
 * caps {@code video_size_limit} and {@code image_size_limit}), images or one clip uploaded with
 * their description and polled until processed (bounded, with backoff), the status created with an
 * {@code Idempotency-Key} (so retries after a timeout or 5xx cannot post twice) and retried while
 * the instance still reports the media as processing, unattached media deleted when processing or
 * the status fails.
 */
public final class MastodonConnector implements Connector {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_CREATE_ATTEMPTS = 5;

  private final URI instance;
  private final ApiClient api;
  private final Authorizer session;
  private final PollPolicy polls;
  private PlatformLimits limits;

  /**
   * @param instance the instance's base URL, e.g. {@code https://mastodon.example}
   * @param session the signed-in user's bearer token (Mastodon tokens do not expire)
   */
  public MastodonConnector(URI instance, ApiClient api, Authorizer session) {
    this(instance, api, session, PollPolicy.mediaProcessing());
  }

  /**
   * @param polls how long to wait for media the instance is still processing (clips take longer)
   */
  public MastodonConnector(URI instance, ApiClient api, Authorizer session, PollPolicy polls) {
    this.instance = Objects.requireNonNull(instance);
    this.api = Objects.requireNonNull(api);
    this.session = Objects.requireNonNull(session);
    this.polls = Objects.requireNonNull(polls);
  }

  @Override
  public Platform platform() {
    return Platform.MASTODON;
  }

  @Override
  public synchronized PlatformLimits limits() throws ConnectorException {
    if (limits == null) {
      ApiResponse r = api.send(ApiRequest.get(url("/api/v2/instance")), Authorizer.NONE);
      limits = MastodonInstance.limits(r.json());
    }
    return limits;
  }

  @Override
  public void ensureAuthorised() throws ConnectorException {
    session.header();
  }

  @Override
  public MediaRef uploadMedia(MediaItem item) throws ConnectorException {
    if (item.clip()) {
      PostComposer.checkClip(item, limits());
    }
    String name = (item.clip() ? "clip." : "image.") + item.extension();
    Multipart form =
        new Multipart()
            .file("file", name, item.mimeType(), item.bytes())
            .field("description", MastodonRequests.mediaFields(item).get("description").asText());
    // Repeating an upload at worst leaves an unattached copy, which the instance purges.
    ApiRequest upload =
        ApiRequest.post(url("/api/v2/media"), form.contentType(), form.body()).withRetrySafe(true);
    ApiResponse r = api.send(upload, session);
    MediaRef ref = new MediaRef(Platform.MASTODON, r.text("/id"), item);
    if (r.status() == 202) {
      try {
        awaitProcessed(ref);
      } catch (ConnectorException | RuntimeException e) {
        // The upload exists but will never be attached: remove it rather than leave it a day.
        try {
          discardMedia(ref);
        } catch (ConnectorException | RuntimeException cleanup) {
          e.addSuppressed(cleanup);
        }
        throw e;
      }
    }
    return ref;
  }

  /** Polls {@code GET /api/v1/media/:id}: 206 while processing, 200 when done, 422 if it failed. */
  private void awaitProcessed(MediaRef ref) throws ConnectorException {
    String what = ref.item().clip() ? "clip" : "image";
    URI status = url("/api/v1/media/" + ref.id());
    api.awaitProcessing(
        polls,
        Duration.ZERO,
        () -> {
          ApiResponse r = api.exchange(ApiRequest.get(status), session);
          if (r.status() == 200) {
            return Optional.empty();
          }
          if (r.status() == 206) {
            return Optional.of(Duration.ZERO);
          }
          if (r.status() == 422) {
            throw new ConnectorException(Kind.REJECTED, processingFailed(ref.item()));
          }
          throw Failures.of(r, api.clock().instant());
        },
        "Mastodon is still processing the " + what + "; try again in a few minutes.");
  }

  private static String processingFailed(MediaItem item) {
    if (!item.clip()) {
      return "Mastodon could not process the image; export it again and try again.";
    }
    String other = item.mimeType().equals(ClipSupport.GIF) ? "MP4" : "GIF";
    return "Mastodon could not process the clip; export it again, or as " + other + ", and retry.";
  }

  @Override
  public PostResult createPost(PostDraft draft, List<MediaRef> media) throws ConnectorException {
    List<String> ids = media.stream().map(MediaRef::id).toList();
    byte[] body = json(MastodonRequests.status(draft, ids));
    ApiRequest request =
        ApiRequest.post(url("/api/v1/statuses"), "application/json", body)
            .withHeader("Idempotency-Key", draft.idempotencyKey())
            .withRetrySafe(true);
    for (int attempt = 1; ; attempt++) {
      ApiResponse r;
      try {
        r = api.exchange(request, session);
      } catch (ConnectorException e) {
        if (e.noClearAnswer()) {
          // The instance keeps the Idempotency-Key for an hour: a repeat returns this post.
          throw Failures.unconfirmed(
              Platform.MASTODON,
              e,
              "your profile on " + instance.getHost(),
              true,
              api.clock().instant());
        }
        throw e;
      }
      if (r.isSuccess()) {
        return result(r);
      }
      // Attaching media the instance is still processing gives 422, with a message in the
      // instance's language; ask the media themselves (206 = still processing) rather than read
      // it, then wait with the polling backoff and try again, bounded.
      if (r.status() == 422 && attempt < MAX_CREATE_ATTEMPTS && anyStillProcessing(ids)) {
        api.pause(polls.delay(attempt));
        continue;
      }
      throw Failures.of(r, api.clock().instant());
    }
  }

  /** Whether {@code GET /api/v1/media/:id} answers 206 (still processing) for any of them. */
  private boolean anyStillProcessing(List<String> ids) throws ConnectorException {
    for (String id : ids) {
      if (api.exchange(ApiRequest.get(url("/api/v1/media/" + id)), session).status() == 206) {
        return true;
      }
    }
    return false;
  }

  private PostResult result(ApiResponse r) throws ConnectorException {
    try {
      JsonNode status = r.json();
      String id = status.path("id").asText("");
      String link =
          status.hasNonNull("url") ? status.get("url").asText() : status.path("uri").asText("");
      if (id.isEmpty() || link.isEmpty()) {
        throw r.malformed(null);
      }
      return new PostResult(Platform.MASTODON, id, URI.create(link));
    } catch (ConnectorException | IllegalArgumentException e) {
      throw new ConnectorException(
          Kind.MALFORMED_RESPONSE,
          "Mastodon accepted the post but its answer could not be read; check your profile before posting again.",
          e);
    }
  }

  @Override
  public void delete(PostResult post) throws ConnectorException {
    api.send(ApiRequest.delete(url("/api/v1/statuses/" + post.id())), session);
  }

  /** Deletes unattached media (Mastodon 4.4+); older instances purge it themselves after a day. */
  @Override
  public void discardMedia(MediaRef media) throws ConnectorException {
    ApiResponse r = api.exchange(ApiRequest.delete(url("/api/v1/media/" + media.id())), session);
    if (!r.isSuccess() && r.status() != 404) {
      throw Failures.of(r, api.clock().instant());
    }
  }

  private URI url(String path) {
    String base = instance.toString().replaceAll("/+$", "");
    return URI.create(base + path);
  }

  private static byte[] json(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("JSON tree serialisation cannot fail", e);
    }
  }
}
