/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * Posts as a LinkedIn member: each image through the Images API (initializeUpload, then PUT the
 * bytes), then one post through the Posts API ({@code content.media} for one image, {@code
 * multiImage} for several). A GIF clip goes through the Images API exactly like an image; MP4 clips
 * need LinkedIn's Videos API, which RadShare does not implement, so they are refused before
 * anything is sent. The {@code LinkedIn-Version} header is configurable because LinkedIn retires
 * versions after about a year. The post call has no idempotency key and is never repeated after a
 * timeout or 5xx.
 */
public final class LinkedInConnector implements Connector {

  /** LinkedIn's API host. */
  public static final URI API = URI.create("https://api.linkedin.com");

  /**
   * The default LinkedIn-Version (YYYYMM): a version LinkedIn lists as active (current in its
   * versioning page of June 2026, https://learn.microsoft.com/en-us/linkedin/marketing/versioning)
   * and, as every monthly version, served for at least a year. Departments move it forward with
   * {@code apiVersion} in the policy.
   */
  public static final String DEFAULT_VERSION = "202607";

  private final URI base;
  private final ApiClient api;
  private final StoredSession session;
  private final String version;

  public LinkedInConnector(URI base, ApiClient api, StoredSession session, String version) {
    this.base = Objects.requireNonNull(base);
    this.api = Objects.requireNonNull(api);
    this.session = Objects.requireNonNull(session);
    this.version = Objects.requireNonNull(version);
  }

  @Override
  public Platform platform() {
    return Platform.LINKEDIN;
  }

  @Override
  public PlatformLimits limits() {
    return PlatformLimits.defaultsFor(Platform.LINKEDIN);
  }

  @Override
  public void ensureAuthorised() throws ConnectorException {
    session.refreshIfExpiring();
    author();
  }

  private String author() throws ConnectorException {
    String sub = session.tokens().account().getOrDefault("sub", "");
    if (sub.isEmpty()) {
      throw new ConnectorException(
          Kind.AUTH,
          "The LinkedIn sign-in has no member id; sign in again with `radshare accounts login linkedin`.");
    }
    return "urn:li:person:" + sub;
  }

  @Override
  public MediaRef uploadMedia(MediaItem item) throws ConnectorException {
    if (item.clip()) {
      PostComposer.checkClip(item, limits());
    }
    byte[] init =
        LinkedInRequests.initializeUpload(author()).toString().getBytes(StandardCharsets.UTF_8);
    ApiResponse r =
        send(
            rest(ApiRequest.post(
                    url("/rest/images?action=initializeUpload"), "application/json", init))
                .withRetrySafe(true));
    JsonNode value = r.json().path("value");
    String uploadUrl = value.path("uploadUrl").asText("");
    String image = value.path("image").asText("");
    if (uploadUrl.isEmpty() || !image.startsWith("urn:li:image:")) {
      throw r.malformed(null);
    }
    api.send(ApiRequest.put(URI.create(uploadUrl), item.mimeType(), item.bytes()), session);
    return new MediaRef(Platform.LINKEDIN, image, item);
  }

  @Override
  public PostResult createPost(PostDraft draft, List<MediaRef> media) throws ConnectorException {
    List<MediaItem> items = media.stream().map(MediaRef::item).toList();
    List<String> urns = media.stream().map(MediaRef::id).toList();
    byte[] body =
        LinkedInRequests.post(author(), draft, items, urns)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    ApiResponse r;
    try {
      r = send(rest(ApiRequest.post(url("/rest/posts"), "application/json", body)));
    } catch (ConnectorException e) {
      if (e.noClearAnswer()) {
        throw Failures.unconfirmed(
            Platform.LINKEDIN,
            e,
            "https://www.linkedin.com/in/me/recent-activity/all/",
            false,
            api.clock().instant());
      }
      throw e;
    }
    String urn = r.headers().firstValue("x-restli-id").orElse("");
    if (!urn.startsWith("urn:li:")) {
      throw new ConnectorException(
          Kind.MALFORMED_RESPONSE,
          "LinkedIn answered without a post id; check your profile before posting again.");
    }
    return new PostResult(
        Platform.LINKEDIN, urn, URI.create("https://www.linkedin.com/feed/update/" + urn + "/"));
  }

  @Override
  public void delete(PostResult post) throws ConnectorException {
    String encoded = URLEncoder.encode(post.id(), StandardCharsets.UTF_8);
    send(rest(ApiRequest.delete(url("/rest/posts/" + encoded))));
  }

  /**
   * Sends a versioned call. LinkedIn answers a retired or unknown LinkedIn-Version with {@code 426}
   * and code {@code NONEXISTENT_VERSION}; only the department can choose a newer version, so the
   * error says where to change it.
   */
  private ApiResponse send(ApiRequest request) throws ConnectorException {
    ApiResponse r = api.exchange(request, session);
    if (r.isSuccess()) {
      return r;
    }
    if (r.status() == 426) {
      throw new ConnectorException(
              Kind.REJECTED,
              "LinkedIn no longer serves API version "
                  + version
                  + "; update apiVersion in the department policy to a version LinkedIn lists as"
                  + " active (YYYYMM).")
          .fromPlatform();
    }
    throw Failures.of(r, api.clock().instant());
  }

  private ApiRequest rest(ApiRequest r) {
    return r.withHeader("LinkedIn-Version", version)
        .withHeader("X-Restli-Protocol-Version", "2.0.0");
  }

  private URI url(String pathAndQuery) {
    return URI.create(base.toString().replaceAll("/+$", "") + pathAndQuery);
  }
}
