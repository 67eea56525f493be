/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.TestClips;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.http.TestTime;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.InMemoryTokenStore;
import org.radshare.core.connect.token.StoredSession;
import org.radshare.core.connect.token.TokenSet;

/**
 * Posting one clip to Bluesky (docs/platforms.md §4): MP4 blob plus app.bsky.embed.video; no GIF.
 */
class BlueskyClipTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");
  private final TestTime time = new TestTime(NOW);
  private BlueskyConnector connector;

  @BeforeEach
  void setUp() throws Exception {
    URI pds = URI.create(wm.baseUrl());
    ApiClient api = time.client(Platform.BLUESKY, Duration.ofSeconds(2));
    // https://docs.bsky.app/docs/api/com-atproto-server-describe-server (no blob limit: defaults)
    wm.stubFor(
        get("/xrpc/com.atproto.server.describeServer")
            .willReturn(okJson("{\"did\":\"did:web:pds.test\",\"availableUserDomains\":[]}")));
    wm.stubFor(
        post("/xrpc/com.atproto.server.createSession")
            .willReturn(
                okJson(
                    "{\"accessJwt\":\""
                        + BlueskyConnectorTest.jwt("a1", NOW.plusSeconds(7200))
                        + "\",\"refreshJwt\":\""
                        + BlueskyConnectorTest.jwt("r1", NOW.plus(Duration.ofDays(90)))
                        + "\",\"did\":\"did:plc:abc123\",\"handle\":\"dept.test\",\"active\":true}")));
    InMemoryTokenStore store = new InMemoryTokenStore();
    AccountId account = new AccountId(Platform.BLUESKY, "dept.test");
    TokenSet tokens = BlueskySessions.login(api, pds, "dept.test", "app-pass-word-here");
    store.save(account, tokens);
    connector =
        new BlueskyConnector(
            pds,
            api,
            StoredSession.open(
                account,
                store,
                BlueskySessions.refresher(api, pds),
                time,
                BlueskySessions::isExpired));
    wm.resetRequests(); // the sign-in is not part of what a post sends
  }

  @Test
  void mp4GoesUpAsABlobAndIsEmbeddedAsVideoWithAltAndAspectRatio() throws Exception {
    MediaItem mp4 = TestClips.mp4("Scroll through a synthetic CT phantom");
    wm.stubFor(
        post("/xrpc/com.atproto.repo.uploadBlob")
            .willReturn(
                okJson(
                    "{\"blob\":{\"$type\":\"blob\",\"ref\":{\"$link\":\"bafkreivideo\"},"
                        + "\"mimeType\":\"video/mp4\",\"size\":"
                        + mp4.size()
                        + "}}")));
    wm.stubFor(
        post("/xrpc/com.atproto.repo.createRecord")
            .willReturn(
                okJson(
                    "{\"uri\":\"at://did:plc:abc123/app.bsky.feed.post/3lclip\",\"cid\":\"bafyrec\"}")));

    connector.publish(PostDraft.of("Teaching loop", List.of(mp4)));

    wm.verify(
        postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.uploadBlob"))
            .withHeader("Content-Type", equalTo("video/mp4"))
            .withRequestBody(binaryEqualTo(mp4.bytes())));
    wm.verify(
        postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord"))
            .withRequestBody(
                matchingJsonPath("$.record.embed.$type", equalTo("app.bsky.embed.video")))
            .withRequestBody(
                matchingJsonPath("$.record.embed.video.ref.$link", equalTo("bafkreivideo")))
            .withRequestBody(
                matchingJsonPath(
                    "$.record.embed.alt", equalTo("Scroll through a synthetic CT phantom")))
            .withRequestBody(
                matchingJsonPath("$.record.embed.aspectRatio.width", equalTo("" + mp4.width())))
            .withRequestBody(
                matchingJsonPath("$.record.embed.aspectRatio.height", equalTo("" + mp4.height()))));
  }

  @Test
  void gifIsRefusedBeforeAnythingIsSent() {
    ConnectorException e =
        catchThrowableOfType(
            ConnectorException.class,
            () ->
                connector.publish(
                    PostDraft.of("Loop", List.of(TestClips.gif("Synthetic ultrasound loop")))));
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.getMessage()).isEqualTo("Bluesky does not play GIFs; share the clip as MP4.");
    assertThat(
            catchThrowableOfType(
                    ConnectorException.class,
                    () -> connector.uploadMedia(TestClips.gif("Synthetic ultrasound loop")))
                .kind())
        .isEqualTo(Kind.REJECTED);
    // Only the server's description was read; nothing of the post was sent.
    assertThat(wm.findAll(postRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void mp4OverTheBlobCapIsTooLargeBeforeUpload() {
    MediaItem big = TestClips.opaque("video/mp4", 50_000_001, "Loop");
    ConnectorException e =
        catchThrowableOfType(
            ConnectorException.class, () -> connector.publish(PostDraft.of("Loop", List.of(big))));
    assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
    // Only the server's description was read; nothing of the post was sent.
    assertThat(wm.findAll(postRequestedFor(anyUrl()))).isEmpty();
  }

  /**
   * A self-hosted PDS that advertises a smaller blob cap in describeServer (blobUploadLimit, sent
   * by several PDS implementations; the reference PDS reads PDS_BLOB_UPLOAD_LIMIT) gets clips
   * refused before upload rather than after.
   */
  @Test
  void aSelfHostedServersSmallerBlobLimitIsHonouredBeforeUpload() throws Exception {
    wm.stubFor(
        get("/xrpc/com.atproto.server.describeServer")
            .willReturn(okJson("{\"did\":\"did:web:pds.test\",\"blobUploadLimit\":2000000}")));
    assertThat(connector.limits().clips().maxMp4Bytes()).isEqualTo(2_000_000L);
    MediaItem clip = TestClips.opaque("video/mp4", 2_000_001, "Loop");
    ConnectorException e =
        catchThrowableOfType(
            ConnectorException.class, () -> connector.publish(PostDraft.of("Loop", List.of(clip))));
    assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(wm.findAll(postRequestedFor(anyUrl()))).isEmpty();
  }
}
