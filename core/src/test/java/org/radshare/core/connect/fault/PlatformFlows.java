/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.fault;

import static org.radshare.core.connect.fault.FaultServer.Reply.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.bluesky.BlueskyConnector;
import org.radshare.core.connect.facebook.FacebookConnector;
import org.radshare.core.connect.fault.FaultServer.Hit;
import org.radshare.core.connect.fault.FaultServer.Reply;
import org.radshare.core.connect.fault.FaultServer.Step;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.http.Authorizer;
import org.radshare.core.connect.linkedin.LinkedInConnector;
import org.radshare.core.connect.mastodon.MastodonConnector;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.StoredSession;
import org.radshare.core.connect.token.TokenSet;
import org.radshare.core.connect.x.XConnector;

/**
 * Each platform's posting flow as the fault server plays it: the documented answer of every step
 * (the same shapes as the platform contract tests, which cite the documentation), which steps
 * create the post and discard media, and the connector pointed at the server. A signed-in session
 * that cannot be refreshed makes a 401 end in "sign in again".
 */
public enum PlatformFlows {
  MASTODON(
      Platform.MASTODON,
      List.of(
          Step.of(
              "instance",
              "GET",
              "/api/v2/instance",
              json(
                  200,
                  "{\"configuration\":{\"statuses\":{\"max_characters\":500,\"max_media_attachments\":4,"
                      + "\"characters_reserved_per_url\":23},\"media_attachments\":{\"image_size_limit\":16777216,"
                      + "\"image_matrix_limit\":33177600,\"description_limit\":1500}}}")),
          Step.of("upload", "POST", "/api/v2/media", json(202, "{\"id\":\"m1\",\"url\":null}")),
          Step.of("poll", "GET", "/api/v1/media/m1", json(200, "{\"id\":\"m1\"}")),
          Step.of(
              "create",
              "POST",
              "/api/v1/statuses",
              json(200, "{\"id\":\"1103\",\"url\":\"https://m.example/@dept/1103\"}")),
          Step.of("discard", "DELETE", "/api/v1/media/m1", json(200, "{}")))),
  X(
      Platform.X,
      List.of(
          Step.of(
              "initialize",
              "POST",
              "/2/media/upload/initialize",
              json(200, "{\"data\":{\"id\":\"777\",\"expires_after_secs\":86400}}")),
          Step.of("append", "POST", "/2/media/upload/777/append", new Reply(204, Map.of(), "")),
          Step.of(
              "finalize",
              "POST",
              "/2/media/upload/777/finalize",
              json(200, "{\"data\":{\"id\":\"777\",\"size\":100}}")),
          Step.of(
              "metadata",
              "POST",
              "/2/media/metadata",
              json(200, "{\"data\":{\"associated_metadata\":true}}")),
          Step.of("create", "POST", "/2/tweets", json(201, "{\"data\":{\"id\":\"1850\"}}")))),
  LINKEDIN(
      Platform.LINKEDIN,
      List.of(
          Step.of(
              "initialize",
              "POST",
              "/rest/images\\?action=initializeUpload",
              json(
                  200,
                  "{\"value\":{\"uploadUrl\":\"UPLOAD/upload/img1\",\"image\":\"urn:li:image:C1\"}}")),
          Step.of("upload", "PUT", "/upload/img1", new Reply(201, Map.of(), "")),
          Step.of(
              "create",
              "POST",
              "/rest/posts",
              new Reply(201, Map.of("x-restli-id", "urn:li:share:99"), "")))),
  FACEBOOK(
      Platform.FACEBOOK,
      List.of(
          Step.of("upload", "POST", "/v25.0/1234/photos", json(200, "{\"id\":\"p1\"}")),
          Step.of("create", "POST", "/v25.0/1234/feed", json(200, "{\"id\":\"1234_55\"}")),
          Step.of(
              "permalink",
              "GET",
              "/v25.0/1234_55\\?fields=permalink_url",
              json(200, "{\"permalink_url\":\"https://www.facebook.com/1234/posts/55\"}")),
          Step.of("discard", "DELETE", "/v25.0/p1", json(200, "{\"success\":true}")))),
  BLUESKY(
      Platform.BLUESKY,
      List.of(
          Step.of(
              "describe",
              "GET",
              "/xrpc/com.atproto.server.describeServer",
              json(200, "{\"did\":\"did:web:pds.test\",\"availableUserDomains\":[]}")),
          Step.of(
              "upload",
              "POST",
              "/xrpc/com.atproto.repo.uploadBlob",
              json(
                  200,
                  "{\"blob\":{\"$type\":\"blob\",\"ref\":{\"$link\":\"bafkreiabc\"},"
                      + "\"mimeType\":\"image/png\",\"size\":123}}")),
          Step.of(
              "create",
              "POST",
              "/xrpc/com.atproto.repo.createRecord",
              json(
                  200, "{\"uri\":\"at://did:plc:abc123/app.bsky.feed.post/3kabc\",\"cid\":\"b\"}")),
          Step.of(
              "lookup",
              "GET",
              "/xrpc/com.atproto.repo.getRecord.*",
              json(400, "{\"error\":\"RecordNotFound\"}"))));

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Platform platform;
  private final List<Step> script;

  PlatformFlows(Platform platform, List<Step> script) {
    this.platform = platform;
    this.script = script;
  }

  public Platform platform() {
    return platform;
  }

  /** The script, with LinkedIn's upload address pointing back at {@code base}. */
  public List<Step> script(URI base) {
    return script.stream()
        .map(
            s ->
                new Step(
                    s.name(),
                    s.method(),
                    s.path(),
                    new Reply(
                        s.reply().status(),
                        s.reply().headers(),
                        s.reply().body().replace("UPLOAD", base.toString()))))
        .toList();
  }

  /** The steps a post goes through (the fault matrix spoils each). */
  public List<String> steps() {
    return script.stream()
        .map(Step::name)
        .filter(n -> !Set.of("discard", "lookup").contains(n))
        .toList();
  }

  /** Whether the platform has a call to remove media that no post uses. */
  public boolean discards() {
    return script.stream().anyMatch(s -> s.name().equals("discard"));
  }

  /**
   * What makes one create request a distinct post: Mastodon's Idempotency-Key, Bluesky's record
   * key; on the others every create request could be a post of its own.
   */
  public String postIdentity(Hit create, int index) {
    try {
      return switch (this) {
        case MASTODON -> create.header("Idempotency-Key");
        case BLUESKY -> MAPPER.readTree(create.body()).path("rkey").asText();
        default -> "request-" + index;
      };
    } catch (IOException e) {
      return "unreadable-" + index;
    }
  }

  /** The connector for this platform, pointed at {@code base}. */
  public Connector connector(URI base, ApiClient api) {
    return switch (this) {
      case MASTODON -> new MastodonConnector(base, api, session(Map.of()));
      case X -> new XConnector(base, api, session(Map.of("username", "deptrad")));
      case LINKEDIN ->
          new LinkedInConnector(
              base, api, session(Map.of("sub", "abc")), LinkedInConnector.DEFAULT_VERSION);
      case FACEBOOK -> new FacebookConnector(URI.create(base + "/v25.0"), "1234", api, page());
      case BLUESKY ->
          new BlueskyConnector(
              base, api, session(Map.of("did", "did:plc:abc123", "handle", "dept.test")));
    };
  }

  private StoredSession session(Map<String, String> account) {
    return new StoredSession(
        new AccountId(platform, "dept"),
        new TokenSet("tok", "", null, "", account),
        null,
        t -> {
          throw new ConnectorException(Kind.AUTH, "The sign-in was revoked; sign in again.");
        },
        Clock.systemUTC(),
        r -> r.status() == 401);
  }

  private static Authorizer page() {
    return new Authorizer() {
      @Override
      public java.util.Optional<String> header() {
        return java.util.Optional.of("Bearer page");
      }

      @Override
      public void refresh() throws ConnectorException {
        throw new ConnectorException(Kind.AUTH, "The Page sign-in expired; sign in again.");
      }
    };
  }
}
