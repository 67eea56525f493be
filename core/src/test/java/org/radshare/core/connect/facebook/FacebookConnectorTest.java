/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
import java.util.Optional;
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
import org.radshare.core.connect.http.Authorizer;
import org.radshare.core.connect.http.TestTime;

/** Graph API Page-post contracts from docs/platforms.md §5, including faults. */
class FacebookConnectorTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestTime time = new TestTime(Instant.parse("2026-11-29T01:00:00Z"));
  private FacebookConnector connector;
  private final PostDraft two =
      PostDraft.of(
              "Classic sign.",
              List.of(TestImages.png(40, 30, "Film A"), TestImages.png(30, 30, "Film B")))
          .withHashtags(List.of("Radiology"));

  /** Page tokens cannot be refreshed: expiry means signing in again. */
  private final Authorizer pageToken =
      new Authorizer() {
        @Override
        public Optional<String> header() {
          return Optional.of("Bearer page-token");
        }

        @Override
        public void refresh() throws ConnectorException {
          throw new ConnectorException(
              Kind.AUTH, "The Facebook Page sign-in has expired; sign in again.");
        }
      };

  @BeforeEach
  void setUp() {
    connector =
        new FacebookConnector(
            URI.create(wm.baseUrl() + "/v25.0"),
            "1234",
            time.client(Platform.FACEBOOK, Duration.ofSeconds(2)),
            pageToken);
    wm.stubFor(
        post("/v25.0/1234/photos")
            .inScenario("p")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("{\"id\":\"p1\"}"))
            .willSetStateTo("second"));
    wm.stubFor(
        post("/v25.0/1234/photos")
            .inScenario("p")
            .whenScenarioStateIs("second")
            .willReturn(okJson("{\"id\":\"p2\"}")));
    wm.stubFor(
        get(urlPathEqualTo("/v25.0/1234_99"))
            .willReturn(
                okJson(
                    "{\"permalink_url\":\"https://www.facebook.com/1234/posts/99\",\"id\":\"1234_99\"}")));
  }

  @Test
  void uploadsUnpublishedPhotosWithAltTextThenOneFeedPost() throws Exception {
    wm.stubFor(post("/v25.0/1234/feed").willReturn(okJson("{\"id\":\"1234_99\"}")));
    PostResult r = connector.publish(two);
    assertThat(r)
        .isEqualTo(
            new PostResult(
                Platform.FACEBOOK,
                "1234_99",
                URI.create("https://www.facebook.com/1234/posts/99")));
    wm.verify(
        2,
        postRequestedFor(urlEqualTo("/v25.0/1234/photos"))
            .withRequestBody(containing("name=\"published\"\r\n\r\nfalse"))
            .withRequestBody(containing("name=\"alt_text_custom\"")));
    wm.verify(
        postRequestedFor(urlEqualTo("/v25.0/1234/feed"))
            .withRequestBody(containing("message=Classic+sign.%0A%0A%23Radiology"))
            .withRequestBody(containing("attached_media%5B0%5D=%7B%22media_fbid%22%3A%22p1%22%7D"))
            .withRequestBody(
                containing("attached_media%5B1%5D=%7B%22media_fbid%22%3A%22p2%22%7D")));
  }

  /**
   * A feed post answered 500 may still have been made (the Graph API has no idempotency key): the
   * unpublished photos may now be that post's, so they are kept and the user is told where to look.
   * A post refused outright (400) deletes them.
   */
  @Test
  void unclearPostKeepsThePhotosARefusedOneDeletesThem() {
    wm.stubFor(
        post("/v25.0/1234/feed")
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody(
                        "{\"error\":{\"message\":\"An unexpected error has occurred.\",\"type\":\"OAuthException\",\"code\":2}}")));
    wm.stubFor(delete(urlPathEqualTo("/v25.0/p1")).willReturn(okJson("{\"success\":true}")));
    wm.stubFor(delete(urlPathEqualTo("/v25.0/p2")).willReturn(okJson("{\"success\":true}")));
    assertThatThrownBy(() -> connector.publish(two))
        .hasMessage(
            "Facebook Page did not confirm the post; open the Page https://www.facebook.com/1234"
                + " and look for a post made at 01:00 UTC before posting again (Facebook Page"
                + " cannot recognise a repeat).");
    wm.verify(0, deleteRequestedFor(urlPathEqualTo("/v25.0/p1")));
    wm.verify(0, deleteRequestedFor(urlPathEqualTo("/v25.0/p2")));
    wm.verify(1, postRequestedFor(urlEqualTo("/v25.0/1234/feed")));

    wm.resetScenarios();
    wm.stubFor(
        post("/v25.0/1234/feed")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":{\"message\":\"Invalid parameter\",\"type\":\"OAuthException\",\"code\":100}}")));
    assertThatThrownBy(() -> connector.publish(two)).hasMessageContaining("Invalid parameter");
    wm.verify(deleteRequestedFor(urlPathEqualTo("/v25.0/p1")));
    wm.verify(deleteRequestedFor(urlPathEqualTo("/v25.0/p2")));
  }

  @Test
  void expiredPageTokenAsksToSignIn() {
    wm.stubFor(
        post("/v25.0/1234/photos")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\",\"code\":190,\"fbtrace_id\":\"x\"}}")));
    assertThatThrownBy(() -> connector.publish(two))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.AUTH);
              assertThat(e.getMessage()).contains("radshare accounts login facebook");
            });
  }

  @Test
  void unauthorisedAfterOneRefreshAttemptAsksToSignIn() {
    wm.stubFor(post("/v25.0/1234/photos").willReturn(aResponse().withStatus(401)));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(two))).isEqualTo(Kind.AUTH);
  }

  @Test
  void throttlingCodesAndHttp429AreRateLimits() throws Exception {
    wm.stubFor(
        post("/v25.0/1234/photos")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":{\"message\":\"There have been too many calls to this Page\",\"code\":80001}}")));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(two))).isEqualTo(Kind.RATE_LIMITED);
  }

  @Test
  void http429IsRetriedAfterRetryAfter() throws Exception {
    wm.stubFor(
        post("/v25.0/1234/feed")
            .inScenario("rl")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
            .willSetStateTo("ok"));
    wm.stubFor(
        post("/v25.0/1234/feed")
            .inScenario("rl")
            .whenScenarioStateIs("ok")
            .willReturn(okJson("{\"id\":\"1234_99\"}")));
    connector.publish(two);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void tooLargePhoto() {
    wm.stubFor(post("/v25.0/1234/photos").willReturn(aResponse().withStatus(413)));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(two))).isEqualTo(Kind.TOO_LARGE);
  }

  @Test
  void timeoutOnTheFeedPostIsNotRepeated() {
    wm.stubFor(
        post("/v25.0/1234/feed").willReturn(okJson("{\"id\":\"1234_99\"}").withFixedDelay(3000)));
    wm.stubFor(delete(urlPathEqualTo("/v25.0/p1")).willReturn(okJson("{\"success\":true}")));
    wm.stubFor(delete(urlPathEqualTo("/v25.0/p2")).willReturn(okJson("{\"success\":true}")));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(two))).isEqualTo(Kind.TIMEOUT);
    wm.verify(1, postRequestedFor(urlEqualTo("/v25.0/1234/feed")));
  }

  @Test
  void malformedFeedAnswer() {
    wm.stubFor(post("/v25.0/1234/feed").willReturn(okJson("{}")));
    wm.stubFor(delete(urlPathEqualTo("/v25.0/p1")).willReturn(okJson("{\"success\":true}")));
    wm.stubFor(delete(urlPathEqualTo("/v25.0/p2")).willReturn(okJson("{\"success\":true}")));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(two)))
        .isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void deleteRemovesThePost() throws Exception {
    wm.stubFor(delete(urlPathEqualTo("/v25.0/1234_99")).willReturn(okJson("{\"success\":true}")));
    connector.delete(
        new PostResult(
            Platform.FACEBOOK, "1234_99", URI.create("https://www.facebook.com/1234_99")));
    wm.verify(deleteRequestedFor(urlEqualTo("/v25.0/1234_99")));
  }
}
