/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.TestClips;
import org.radshare.core.connect.http.TestTime;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.StoredSession;
import org.radshare.core.connect.token.TokenSet;

/** Clips on LinkedIn: a GIF goes through the Images API like an image; MP4 is refused. */
class LinkedInClipTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");
  private final TestTime time = new TestTime(NOW);
  private LinkedInConnector connector;

  @BeforeEach
  void setUp() {
    TokenSet tokens =
        new TokenSet(
            "tok", "r", NOW.plus(Duration.ofDays(60)), "w_member_social", Map.of("sub", "abc"));
    StoredSession session =
        new StoredSession(
            new AccountId(Platform.LINKEDIN, "dept"),
            tokens,
            null,
            t -> {
              throw new ConnectorException(Kind.AUTH, "Sign in again.");
            },
            time,
            r -> r.status() == 401);
    connector =
        new LinkedInConnector(
            URI.create(wm.baseUrl()),
            time.client(Platform.LINKEDIN, Duration.ofSeconds(2)),
            session,
            "202610");
  }

  @Test
  void gifIsUploadedThroughTheImagesApiAndAttachedWithAltText() throws Exception {
    MediaItem gif = TestClips.gif("Synthetic ultrasound loop");
    wm.stubFor(
        post(urlPathEqualTo("/rest/images"))
            .willReturn(
                okJson(
                    "{\"value\":{\"uploadUrlExpiresAt\":1764400000000,\"uploadUrl\":\""
                        + wm.baseUrl()
                        + "/upload/g1\",\"image\":\"urn:li:image:G1\"}}")));
    wm.stubFor(put("/upload/g1").willReturn(aResponse().withStatus(201)));
    wm.stubFor(
        post("/rest/posts")
            .willReturn(aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:share:9")));

    connector.publish(PostDraft.of("Teaching loop", List.of(gif)));

    wm.verify(
        putRequestedFor(urlEqualTo("/upload/g1"))
            .withHeader("Content-Type", equalTo("image/gif"))
            .withRequestBody(binaryEqualTo(gif.bytes())));
    wm.verify(
        postRequestedFor(urlEqualTo("/rest/posts"))
            .withRequestBody(matchingJsonPath("$.content.media.id", equalTo("urn:li:image:G1")))
            .withRequestBody(
                matchingJsonPath("$.content.media.altText", equalTo("Synthetic ultrasound loop"))));
  }

  @Test
  void mp4IsRefusedBeforeAnythingIsSent() {
    MediaItem mp4 = TestClips.mp4("Loop");
    ConnectorException e =
        catchThrowableOfType(
            ConnectorException.class, () -> connector.publish(PostDraft.of("Loop", List.of(mp4))));
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.getMessage())
        .isEqualTo(
            "LinkedIn clips must be GIF in RadShare for now (LinkedIn's video upload is not"
                + " supported yet); share the clip as GIF.");
    assertThat(catchThrowableOfType(ConnectorException.class, () -> connector.uploadMedia(mp4)))
        .isNotNull();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
