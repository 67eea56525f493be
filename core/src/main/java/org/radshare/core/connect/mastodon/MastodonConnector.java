package org.radshare.core.connect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
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
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.http.ApiRequest;
import org.radshare.core.connect.http.ApiResponse;
import org.radshare.core.connect.http.Authorizer;
import org.radshare.core.connect.http.Failures;
import org.radshare.core.connect.http.Multipart;

/**
 * Posts to any Mastodon instance: limits read from {@code /api/v2/instance}, media uploaded with
 * their description and polled until processed, the status created with an {@code Idempotency-Key}
 * (so retries after a timeout or 5xx cannot post twice), unattached media deleted when the status
 * fails.
 */
public final class MastodonConnector implements Connector {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_POLLS = 20;
  private static final Duration POLL_DELAY = Duration.ofSeconds(1);

  private final URI instance;
  private final ApiClient api;
  private final Authorizer session;
  private PlatformLimits limits;

  /**
   * @param instance the instance's base URL, e.g. {@code https://mastodon.example}
   * @param session the signed-in user's bearer token (Mastodon tokens do not expire)
   */
  public MastodonConnector(URI instance, ApiClient api, Authorizer session) {
    this.instance = Objects.requireNonNull(instance);
    this.api = Objects.requireNonNull(api);
    this.session = Objects.requireNonNull(session);
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
    Multipart form =
        new Multipart()
            .file("file", "image." + item.extension(), item.mimeType(), item.bytes())
            .field("description", MastodonRequests.mediaFields(item).get("description").asText());
    // Repeating an upload at worst leaves an unattached copy, which the instance purges.
    ApiRequest upload =
        ApiRequest.post(url("/api/v2/media"), form.contentType(), form.body()).withRetrySafe(true);
    ApiResponse r = api.send(upload, session);
    String id = r.text("/id");
    if (r.status() == 202) {
      awaitProcessed(id);
    }
    return new MediaRef(Platform.MASTODON, id, item);
  }

  private void awaitProcessed(String id) throws ConnectorException {
    for (int poll = 0; poll < MAX_POLLS; poll++) {
      api.pause(POLL_DELAY);
      ApiResponse r = api.send(ApiRequest.get(url("/api/v1/media/" + id)), session);
      if (r.status() == 200) {
        return;
      }
    }
    throw new ConnectorException(
        Kind.TIMEOUT, "Mastodon is still processing the image; try again in a minute.");
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
      ApiResponse r = api.exchange(request, session);
      if (r.isSuccess()) {
        return result(r);
      }
      // Attaching media that is still being processed gives 422; wait and try again.
      if (r.status() == 422 && attempt < 3 && new String(r.body()).contains("processing")) {
        api.pause(POLL_DELAY);
        continue;
      }
      throw Failures.of(r, api.clock().instant());
    }
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
