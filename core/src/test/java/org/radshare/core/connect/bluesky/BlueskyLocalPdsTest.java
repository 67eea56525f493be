/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.MediaRef;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.PostResult;
import org.radshare.core.connect.TestClips;
import org.radshare.core.connect.TestImages;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.InMemoryTokenStore;
import org.radshare.core.connect.token.StoredSession;
import org.radshare.core.connect.token.TokenSet;

/**
 * The Bluesky connector against the real reference server (@atproto/pds on loopback): account,
 * app-password login, image upload, post with facets, alt text and label, session refresh, delete;
 * and an MP4 clip posted as an {@code app.bsky.embed.video} record the server validates.
 */
class BlueskyLocalPdsTest {

  @TempDir static Path data;
  private static LocalPds pds;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    pds = LocalPds.start(data);
  }

  @AfterAll
  static void stop() throws Exception {
    if (pds != null) {
      pds.close();
    }
  }

  private static JsonNode xrpc(String method, String bearer, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(pds.url() + "/xrpc/" + method));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static int getRecordStatus(String did, String rkey) throws Exception {
    String q =
        "?repo="
            + URLEncoder.encode(did, StandardCharsets.UTF_8)
            + "&collection=app.bsky.feed.post&rkey="
            + rkey;
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(pds.url() + "/xrpc/com.atproto.repo.getRecord" + q))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  /** Creates an account on the PDS and returns an app password for it. */
  private static String appPassword(String name) throws Exception {
    xrpc(
        "com.atproto.server.createAccount",
        null,
        "{\"email\":\""
            + name
            + "@example.test\",\"handle\":\""
            + name
            + ".test\",\"password\":\"main-password-123\"}");
    String main =
        xrpc(
                "com.atproto.server.createSession",
                null,
                "{\"identifier\":\"" + name + ".test\",\"password\":\"main-password-123\"}")
            .get("accessJwt")
            .asText();
    return xrpc("com.atproto.server.createAppPassword", main, "{\"name\":\"radshare\"}")
        .get("password")
        .asText();
  }

  private static JsonNode readRecord(String did, String rkey) throws Exception {
    HttpResponse<String> record =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        pds.url()
                            + "/xrpc/com.atproto.repo.getRecord?repo="
                            + URLEncoder.encode(did, StandardCharsets.UTF_8)
                            + "&collection=app.bsky.feed.post&rkey="
                            + rkey))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
    return JSON.readTree(record.body()).get("value");
  }

  @Test
  void mp4ClipIsPostedWithAVideoEmbedTheServerAccepts() throws Exception {
    ApiClient api = ApiClient.create(Platform.BLUESKY);
    TokenSet tokens = BlueskySessions.login(api, pds.url(), "clips.test", appPassword("clips"));
    InMemoryTokenStore store = new InMemoryTokenStore();
    AccountId account = new AccountId(Platform.BLUESKY, "clips.test");
    store.save(account, tokens);
    BlueskyConnector connector =
        new BlueskyConnector(
            pds.url(),
            api,
            StoredSession.open(
                account,
                store,
                BlueskySessions.refresher(api, pds.url()),
                Clock.systemUTC(),
                BlueskySessions::isExpired));
    MediaItem mp4 = TestClips.mp4("Scroll through a synthetic CT phantom");

    PostResult result = connector.publish(PostDraft.of("Teaching loop #MedEd", List.of(mp4)));

    JsonNode value = readRecord(tokens.account().get("did"), RecordKey.fromUri(result.id()));
    assertThat(value.at("/embed/$type").asText()).isEqualTo("app.bsky.embed.video");
    assertThat(value.at("/embed/video/mimeType").asText()).isEqualTo("video/mp4");
    assertThat(value.at("/embed/video/size").asInt()).isEqualTo(mp4.size());
    assertThat(value.at("/embed/alt").asText()).isEqualTo("Scroll through a synthetic CT phantom");
    assertThat(value.at("/embed/aspectRatio/width").asInt()).isEqualTo(mp4.width());
    assertThat(value.at("/embed/aspectRatio/height").asInt()).isEqualTo(mp4.height());

    // The server validates the embed against the lexicon: alt text over 1000 graphemes is refused,
    // which is the cap the composer applies to Bluesky clips before anything is sent.
    MediaRef uploaded = connector.uploadMedia(mp4);
    MediaItem longAlt = mp4.withAltText("a".repeat(1001));
    assertThatThrownBy(
            () ->
                connector.createPost(
                    PostDraft.of("Loop", List.of(longAlt)),
                    List.of(
                        new MediaRef(
                            Platform.BLUESKY, uploaded.id(), longAlt, uploaded.platformData()))))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("Bluesky refused the request (HTTP 400)");

    PostDraft gif = PostDraft.of("Loop", List.of(TestClips.gif("Synthetic loop")));
    assertThatThrownBy(() -> connector.publish(gif))
        .isInstanceOf(ConnectorException.class)
        .hasMessage("Bluesky does not play GIFs; share the clip as MP4.");
  }

  @Test
  void appPasswordLoginUploadPostRefreshAndDelete() throws Exception {
    String appPassword = appPassword("dept");

    ApiClient api = ApiClient.create(Platform.BLUESKY);
    TokenSet tokens = BlueskySessions.login(api, pds.url(), "dept.test", appPassword);
    assertThat(tokens.expiresAt()).isNotNull();
    InMemoryTokenStore store = new InMemoryTokenStore();
    AccountId account = new AccountId(Platform.BLUESKY, "dept.test");
    store.save(account, tokens);
    StoredSession session =
        StoredSession.open(
            account,
            store,
            BlueskySessions.refresher(api, pds.url()),
            Clock.systemUTC(),
            BlueskySessions::isExpired);
    BlueskyConnector connector = new BlueskyConnector(pds.url(), api, session);

    PostDraft draft =
        PostDraft.of(
                "Classic sign 🩻 see https://example.org/case",
                List.of(
                    TestImages.png(64, 48, "Synthetic phantom, axial CT"),
                    TestImages.noisyPng(900, 700, "Noise", 1)))
            .withHashtags(List.of("Radiology", "MedEd"))
            .withContentWarning("Medical image");
    PostResult result = connector.publish(draft);
    String did = tokens.account().get("did");
    String rkey = RecordKey.fromUri(result.id());
    assertThat(result.id()).startsWith("at://" + did + "/app.bsky.feed.post/");

    JsonNode value = readRecord(did, rkey);
    assertThat(value.get("facets")).hasSize(3);
    assertThat(value.at("/embed/images/0/alt").asText()).isEqualTo("Synthetic phantom, axial CT");
    assertThat(value.at("/embed/images/1/image/mimeType").asText()).isEqualTo("image/jpeg");
    assertThat(value.at("/labels/values/0/val").asText()).isEqualTo("graphic-media");
    String text = value.get("text").asText();
    int tagStart = value.at("/facets/1/index/byteStart").asInt();
    int tagEnd = value.at("/facets/1/index/byteEnd").asInt();
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    assertThat(new String(utf8, tagStart, tagEnd - tagStart, StandardCharsets.UTF_8))
        .isEqualTo("#Radiology");

    // Access JWTs are second-resolution and may repeat within a second; the PDS rotates the
    // refresh token (it carries a random id), so that is what proves the refresh happened.
    String before = session.tokens().refreshToken();
    session.refresh();
    assertThat(session.tokens().refreshToken()).isNotEqualTo(before);
    assertThat(store.saved.get(account).accessToken()).isEqualTo(session.tokens().accessToken());
    assertThat(store.saved.get(account).refreshToken()).isEqualTo(session.tokens().refreshToken());

    connector.delete(result);
    assertThat(getRecordStatus(did, rkey)).isEqualTo(400);

    PostDraft tooLong = PostDraft.of("a".repeat(301), List.of(TestImages.png(8, 8, "x")));
    assertThatThrownBy(() -> connector.publish(tooLong))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("on Bluesky");
  }
}
