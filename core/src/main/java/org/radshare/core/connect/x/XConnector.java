package org.radshare.core.connect.x;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
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
import org.radshare.core.connect.http.Multipart;
import org.radshare.core.connect.token.StoredSession;

/**
 * Posts to X through API v2 with an OAuth 2.0 (PKCE) user token: chunked media upload (initialize,
 * append, finalize, status), alt text through media metadata, then the post. X has no idempotency
 * key, so the post call is never repeated after a timeout or 5xx: the user is told to check their
 * profile instead (unattached media expires on its own).
 */
public final class XConnector implements Connector {

  /** X's API host. */
  public static final URI API = URI.create("https://api.x.com");

  private static final int CHUNK = 1024 * 1024;
  private static final int MAX_POLLS = 30;

  private final URI base;
  private final ApiClient api;
  private final StoredSession session;

  public XConnector(URI base, ApiClient api, StoredSession session) {
    this.base = Objects.requireNonNull(base);
    this.api = Objects.requireNonNull(api);
    this.session = Objects.requireNonNull(session);
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
    // Every upload step is safe to repeat: a stray upload session simply expires.
    String id =
        postJson("/2/media/upload/initialize", XRequests.initializeUpload(item)).text("/data/id");
    byte[] bytes = item.bytes();
    for (int index = 0, from = 0; from < bytes.length; index++, from += CHUNK) {
      byte[] chunk = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + CHUNK));
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
    awaitProcessing(id, finalized.json().path("data").path("processing_info"));
    postJson("/2/media/metadata", XRequests.altText(id, item));
    return new MediaRef(Platform.X, id, item);
  }

  private void awaitProcessing(String id, JsonNode info) throws ConnectorException {
    for (int poll = 0; poll < MAX_POLLS && !info.isMissingNode(); poll++) {
      String state = info.path("state").asText("succeeded");
      if (state.equals("succeeded")) {
        return;
      }
      if (state.equals("failed")) {
        throw new ConnectorException(
            Kind.REJECTED, "X could not process the image; try another format.");
      }
      api.pause(Duration.ofSeconds(Math.max(1, info.path("check_after_secs").asLong(1))));
      URI status = url("/2/media/upload?command=STATUS&media_id=" + id);
      info = api.send(ApiRequest.get(status), session).json().path("data").path("processing_info");
    }
    if (!info.isMissingNode()) {
      throw new ConnectorException(
          Kind.TIMEOUT, "X is still processing the image; try again in a minute.");
    }
  }

  @Override
  public PostResult createPost(PostDraft draft, List<MediaRef> media) throws ConnectorException {
    List<String> ids = media.stream().map(MediaRef::id).toList();
    byte[] body = XRequests.tweet(draft, ids).toString().getBytes(StandardCharsets.UTF_8);
    ApiResponse r;
    try {
      r = api.send(ApiRequest.post(url("/2/tweets"), "application/json", body), session);
    } catch (ConnectorException e) {
      if (e.kind() == Kind.TIMEOUT || e.kind() == Kind.UNAVAILABLE) {
        throw new ConnectorException(
            e.kind(), "X did not confirm the post; check your profile before posting again.", e);
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
