/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

/**
 * Posts to a Facebook Page through the Graph API with the Page's access token: every image as an
 * unpublished photo (with {@code alt_text_custom}), then one feed post attaching them, which works
 * the same for one photo or several. Unpublished photos of a failed post are deleted. Clips are
 * refused before anything is sent: Page video upload is not documented for RadShare and needs
 * Meta's app review.
 */
public final class FacebookConnector implements Connector {

  /** The Graph API version RadShare was written against, used unless the policy sets one. */
  public static final String DEFAULT_VERSION = "25.0";

  /** The Graph API base for {@code apiVersion} (the policy's), or {@link #DEFAULT_VERSION}. */
  public static URI graph(Optional<String> apiVersion) {
    return URI.create("https://graph.facebook.com/v" + apiVersion.orElse(DEFAULT_VERSION));
  }

  /** Graph error codes that mean "slow down" (sent with HTTP 400 or 403, not 429). */
  private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 613, 80001);

  private static final int EXPIRED_TOKEN = 190;

  private final URI graph;
  private final String pageId;
  private final ApiClient api;
  private final Authorizer pageToken;

  public FacebookConnector(URI graph, String pageId, ApiClient api, Authorizer pageToken) {
    this.graph = Objects.requireNonNull(graph);
    this.pageId = Objects.requireNonNull(pageId);
    this.api = Objects.requireNonNull(api);
    this.pageToken = Objects.requireNonNull(pageToken);
  }

  @Override
  public Platform platform() {
    return Platform.FACEBOOK;
  }

  @Override
  public PlatformLimits limits() {
    return PlatformLimits.defaultsFor(Platform.FACEBOOK);
  }

  @Override
  public void ensureAuthorised() throws ConnectorException {
    pageToken.header();
  }

  @Override
  public MediaRef uploadMedia(MediaItem item) throws ConnectorException {
    if (item.clip()) {
      PostComposer.checkClip(item, limits());
    }
    Multipart form = new Multipart();
    FacebookRequests.unpublishedPhoto(item).forEach(form::field);
    form.file("source", "image." + item.extension(), item.mimeType(), item.bytes());
    ApiRequest upload =
        ApiRequest.post(url("/" + pageId + "/photos"), form.contentType(), form.body());
    String id = check(api.exchange(upload, pageToken)).text("/id");
    return new MediaRef(Platform.FACEBOOK, id, item);
  }

  @Override
  public PostResult createPost(PostDraft draft, List<MediaRef> media) throws ConnectorException {
    Map<String, String> fields =
        FacebookRequests.feedPost(draft, media.stream().map(MediaRef::id).toList());
    String form =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    ApiRequest feed =
        ApiRequest.post(
            url("/" + pageId + "/feed"),
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8));
    ApiResponse r;
    try {
      r = check(api.exchange(feed, pageToken));
    } catch (ConnectorException e) {
      if (e.noClearAnswer()) {
        throw Failures.unconfirmed(
            Platform.FACEBOOK,
            e,
            "the Page https://www.facebook.com/" + pageId,
            false,
            api.clock().instant());
      }
      throw e;
    }
    String id = r.json().path("id").asText("");
    if (id.isEmpty()) {
      throw new ConnectorException(
          Kind.MALFORMED_RESPONSE,
          "Facebook answered without a post id; check the Page before posting again.");
    }
    return new PostResult(Platform.FACEBOOK, id, permalink(id));
  }

  /** The post's public address; a plain id link if the permalink cannot be read. */
  private URI permalink(String id) {
    try {
      JsonNode n =
          api.send(ApiRequest.get(url("/" + id + "?fields=permalink_url")), pageToken).json();
      String link = n.path("permalink_url").asText("");
      if (link.startsWith("https://")) {
        return URI.create(link);
      }
    } catch (ConnectorException | IllegalArgumentException e) {
      // fall through to the generic address
    }
    return URI.create("https://www.facebook.com/" + id);
  }

  @Override
  public void delete(PostResult post) throws ConnectorException {
    check(api.exchange(ApiRequest.delete(url("/" + post.id())), pageToken));
  }

  @Override
  public void discardMedia(MediaRef media) throws ConnectorException {
    check(api.exchange(ApiRequest.delete(url("/" + media.id())), pageToken));
  }

  /** Graph signals expiry and throttling in its error body; map those before the generic rules. */
  private ApiResponse check(ApiResponse r) throws ConnectorException {
    if (r.isSuccess()) {
      return r;
    }
    int code = graphErrorCode(r);
    if (code == EXPIRED_TOKEN) {
      throw new ConnectorException(
          Kind.AUTH,
          "The Facebook Page sign-in has expired; sign in again with `radshare accounts login facebook`.");
    }
    if (THROTTLED.contains(code)) {
      throw new ConnectorException(
          Kind.RATE_LIMITED, "Facebook is limiting posts to this Page; try again in an hour.");
    }
    throw Failures.of(r, api.clock().instant());
  }

  private static int graphErrorCode(ApiResponse r) {
    try {
      return r.json().path("error").path("code").asInt(-1);
    } catch (ConnectorException notJson) {
      return -1;
    }
  }

  private URI url(String pathAndQuery) {
    return URI.create(graph.toString().replaceAll("/+$", "") + pathAndQuery);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
