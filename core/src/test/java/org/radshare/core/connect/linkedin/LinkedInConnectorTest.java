/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
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
import org.radshare.core.connect.ConnectorFailure;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.PostResult;
import org.radshare.core.connect.TestImages;
import org.radshare.core.connect.http.TestTime;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.InMemoryTokenStore;
import org.radshare.core.connect.token.StoredSession;
import org.radshare.core.connect.token.TokenSet;

/** LinkedIn Images and Posts API contracts from docs/platforms.md §3, including faults. */
class LinkedInConnectorTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");
  private final TestTime time = new TestTime(NOW);
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private int refreshes;
  private LinkedInConnector connector;
  private final PostDraft one =
      PostDraft.of("Sign (classic).", List.of(TestImages.png(40, 30, "Film A")))
          .withHashtags(List.of("Radiology"));

  @BeforeEach
  void setUp() {
    AccountId account = new AccountId(Platform.LINKEDIN, "dept");
    TokenSet tokens =
        new TokenSet(
            "old", "r", NOW.plus(Duration.ofDays(60)), "w_member_social", Map.of("sub", "abc"));
    StoredSession session =
        new StoredSession(
            account,
            tokens,
            store,
            t -> {
              refreshes++;
              return new TokenSet(
                  "new", "r", NOW.plus(Duration.ofDays(60)), t.scope(), t.account());
            },
            time,
            r -> r.status() == 401);
    connector =
        new LinkedInConnector(
            URI.create(wm.baseUrl()),
            time.client(Platform.LINKEDIN, Duration.ofSeconds(2)),
            session,
            "202610");
    wm.stubFor(
        post(urlPathEqualTo("/rest/images"))
            .willReturn(
                okJson(
                    "{\"value\":{\"uploadUrlExpiresAt\":1764400000000,\"uploadUrl\":\""
                        + wm.baseUrl()
                        + "/upload/1\",\"image\":\"urn:li:image:C1\"}}")));
    wm.stubFor(put("/upload/1").willReturn(aResponse().withStatus(201)));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
    return aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:share:777");
  }

  @Test
  void singleImagePostUsesMediaWithAltTextAndVersionHeaders() throws Exception {
    wm.stubFor(post("/rest/posts").willReturn(created()));
    PostResult r = connector.publish(one);
    assertThat(r.publicUrl())
        .isEqualTo(URI.create("https://www.linkedin.com/feed/update/urn:li:share:777/"));
    wm.verify(
        postRequestedFor(urlEqualTo("/rest/images?action=initializeUpload"))
            .withHeader("LinkedIn-Version", equalTo("202610"))
            .withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
            .withRequestBody(
                matchingJsonPath("$.initializeUploadRequest.owner", equalTo("urn:li:person:abc"))));
    wm.verify(
        putRequestedFor(urlEqualTo("/upload/1")).withHeader("Content-Type", equalTo("image/png")));
    wm.verify(
        postRequestedFor(urlEqualTo("/rest/posts"))
            .withRequestBody(matchingJsonPath("$.author", equalTo("urn:li:person:abc")))
            .withRequestBody(
                matchingJsonPath("$.commentary", equalTo("Sign \\(classic\\).\n\n#Radiology")))
            .withRequestBody(matchingJsonPath("$.content.media.id", equalTo("urn:li:image:C1")))
            .withRequestBody(matchingJsonPath("$.content.media.altText", equalTo("Film A")))
            .withRequestBody(matchingJsonPath("$.lifecycleState", equalTo("PUBLISHED"))));
  }

  @Test
  void severalImagesBecomeMultiImage() throws Exception {
    wm.stubFor(post("/rest/posts").willReturn(created()));
    connector.publish(
        one.withImages(List.of(TestImages.png(8, 8, "A"), TestImages.png(8, 8, "B"))));
    wm.verify(
        postRequestedFor(urlEqualTo("/rest/posts"))
            .withRequestBody(
                matchingJsonPath("$.content.multiImage.images[1].altText", equalTo("B"))));
  }

  @Test
  void expiredTokenIsRefreshedOnce() throws Exception {
    wm.stubFor(
        post(urlPathEqualTo("/rest/images"))
            .withHeader("Authorization", equalTo("Bearer old"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"message\":\"Expired access token\",\"serviceErrorCode\":65601,\"status\":401}")));
    wm.stubFor(post("/rest/posts").willReturn(created()));
    connector.publish(one);
    assertThat(refreshes).isEqualTo(1);
  }

  @Test
  void uploadTooLargeStopsBeforeThePost() {
    wm.stubFor(put("/upload/1").willReturn(aResponse().withStatus(413)));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(one))).isEqualTo(Kind.TOO_LARGE);
    wm.verify(0, postRequestedFor(urlEqualTo("/rest/posts")));
  }

  @Test
  void rateLimitedPostIsRetriedAfterRetryAfter() throws Exception {
    wm.stubFor(
        post("/rest/posts")
            .inScenario("rl")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "4"))
            .willSetStateTo("ok"));
    wm.stubFor(
        post("/rest/posts").inScenario("rl").whenScenarioStateIs("ok").willReturn(created()));
    connector.publish(one);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(4));
  }

  @Test
  void serverErrorAndTimeoutOnThePostAreNotRepeated() {
    wm.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(() -> connector.publish(one))
        .hasMessage(
            "LinkedIn did not confirm the post; open"
                + " https://www.linkedin.com/in/me/recent-activity/all/ and look for a post made at"
                + " 01:00 UTC before posting again (LinkedIn cannot recognise a repeat).");
    wm.stubFor(post("/rest/posts").willReturn(created().withFixedDelay(3000)));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(one))).isEqualTo(Kind.TIMEOUT);
    wm.verify(2, postRequestedFor(urlEqualTo("/rest/posts")));
  }

  /**
   * A retired or unknown LinkedIn-Version is answered 426 with code NONEXISTENT_VERSION
   * (https://learn.microsoft.com/en-us/linkedin/marketing/versioning: "a sunset version header
   * returns an error"); only the department's policy can move the version, so the user is told
   * that.
   */
  @Test
  void retiredVersionAsksForANewApiVersionInThePolicy() {
    wm.stubFor(
        post(urlPathEqualTo("/rest/images"))
            .willReturn(
                aResponse()
                    .withStatus(426)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"status\":426,\"code\":\"NONEXISTENT_VERSION\","
                            + "\"message\":\"Requested version 20230101 is not active\"}")));
    assertThatThrownBy(() -> connector.publish(one))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.REJECTED);
              assertThat(e.isPlatformFailure()).isTrue();
              assertThat(e.getMessage())
                  .contains("update apiVersion in the department policy")
                  .contains("202610");
            });
    wm.verify(0, postRequestedFor(urlEqualTo("/rest/posts")));
  }

  @Test
  void malformedAnswersAreReported() {
    wm.stubFor(post(urlPathEqualTo("/rest/images")).willReturn(okJson("{\"value\":{}}")));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(one)))
        .isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void postWithoutRestliIdIsMalformed() {
    wm.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(201)));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(one)))
        .isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void deleteEncodesTheUrn() throws Exception {
    wm.stubFor(
        delete(urlPathEqualTo("/rest/posts/urn%3Ali%3Ashare%3A777"))
            .willReturn(aResponse().withStatus(204)));
    connector.delete(
        new PostResult(
            Platform.LINKEDIN, "urn:li:share:777", URI.create("https://www.linkedin.com/")));
    wm.verify(deleteRequestedFor(urlEqualTo("/rest/posts/urn%3Ali%3Ashare%3A777")));
  }
}
