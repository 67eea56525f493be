/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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

/** X API v2 contracts from docs/platforms.md §2, including faults. */
class XConnectorTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");
  private final TestTime time = new TestTime(NOW);
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final AccountId account = new AccountId(Platform.X, "deptrad");
  private int refreshes;
  private XConnector connector;
  private final PostDraft draft =
      PostDraft.of("Classic sign.", List.of(TestImages.png(40, 30, "Synthetic film")))
          .withHashtags(List.of("Radiology"));

  @BeforeEach
  void setUp() {
    TokenSet tokens =
        new TokenSet(
            "old", "r1", NOW.plusSeconds(7200), "tweet.write", Map.of("username", "deptrad"));
    store.save(account, tokens);
    StoredSession session =
        new StoredSession(
            account,
            tokens,
            store,
            t -> {
              refreshes++;
              return new TokenSet("new", "r2", NOW.plusSeconds(7200), t.scope(), t.account());
            },
            time,
            r -> r.status() == 401);
    connector =
        new XConnector(
            URI.create(wm.baseUrl()), time.client(Platform.X, Duration.ofSeconds(2)), session);
    wm.stubFor(
        post("/2/media/upload/initialize")
            .willReturn(
                okJson(
                    "{\"data\":{\"id\":\"777\",\"media_key\":\"3_777\",\"expires_after_secs\":86400}}")));
    wm.stubFor(post("/2/media/upload/777/append").willReturn(aResponse().withStatus(204)));
    wm.stubFor(
        post("/2/media/upload/777/finalize")
            .willReturn(
                okJson(
                    "{\"data\":{\"id\":\"777\",\"size\":100,\"image\":{\"image_type\":\"image/png\",\"w\":40,\"h\":30}}}")));
    wm.stubFor(
        post("/2/media/metadata").willReturn(okJson("{\"data\":{\"associated_metadata\":true}}")));
  }

  @Test
  void uploadsInChunksSetsAltTextAndPosts() throws Exception {
    wm.stubFor(
        post("/2/tweets")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"data\":{\"id\":\"1850\",\"text\":\"Classic sign.\"}}")));
    PostResult r = connector.publish(draft);
    assertThat(r.publicUrl()).isEqualTo(URI.create("https://x.com/deptrad/status/1850"));
    wm.verify(
        postRequestedFor(urlEqualTo("/2/media/upload/initialize"))
            .withHeader("Authorization", equalTo("Bearer old"))
            .withRequestBody(matchingJsonPath("$.media_category", equalTo("tweet_image")))
            .withRequestBody(matchingJsonPath("$.media_type", equalTo("image/png"))));
    wm.verify(
        postRequestedFor(urlEqualTo("/2/media/upload/777/append"))
            .withRequestBody(containing("segment_index")));
    wm.verify(
        postRequestedFor(urlEqualTo("/2/media/metadata"))
            .withRequestBody(
                matchingJsonPath("$.metadata.alt_text.text", equalTo("Synthetic film"))));
    wm.verify(
        postRequestedFor(urlEqualTo("/2/tweets"))
            .withRequestBody(matchingJsonPath("$.text", equalTo("Classic sign.\n\n#Radiology")))
            .withRequestBody(matchingJsonPath("$.media.media_ids[0]", equalTo("777"))));
  }

  @Test
  void processingIsPolledWithCheckAfterSecs() throws Exception {
    wm.stubFor(
        post("/2/media/upload/777/finalize")
            .willReturn(
                okJson(
                    "{\"data\":{\"id\":\"777\",\"processing_info\":{\"state\":\"pending\",\"check_after_secs\":3}}}")));
    wm.stubFor(
        get(urlPathEqualTo("/2/media/upload"))
            .willReturn(
                okJson(
                    "{\"data\":{\"id\":\"777\",\"processing_info\":{\"state\":\"succeeded\",\"progress_percent\":100}}}")));
    wm.stubFor(post("/2/tweets").willReturn(okJson("{\"data\":{\"id\":\"1\",\"text\":\"x\"}}")));
    connector.publish(draft);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void expiredTokenIsRefreshedOnceAndSaved() throws Exception {
    wm.stubFor(
        post("/2/media/upload/initialize")
            .withHeader("Authorization", equalTo("Bearer old"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}")));
    wm.stubFor(
        post("/2/media/upload/initialize")
            .withHeader("Authorization", equalTo("Bearer new"))
            .willReturn(okJson("{\"data\":{\"id\":\"777\"}}")));
    wm.stubFor(post("/2/tweets").willReturn(okJson("{\"data\":{\"id\":\"1\",\"text\":\"x\"}}")));
    connector.publish(draft);
    assertThat(refreshes).isEqualTo(1);
    assertThat(store.saved.get(account).accessToken()).isEqualTo("new");
  }

  @Test
  void oversizedChunkIsTooLarge() {
    wm.stubFor(post("/2/media/upload/777/append").willReturn(aResponse().withStatus(413)));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(draft))).isEqualTo(Kind.TOO_LARGE);
    wm.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void rateLimitedPostWaitsForTheReset() throws Exception {
    wm.stubFor(
        post("/2/tweets")
            .inScenario("rl")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("x-rate-limit-reset", "" + (NOW.getEpochSecond() + 15))
                    .withBody(
                        "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}"))
            .willSetStateTo("ok"));
    wm.stubFor(
        post("/2/tweets")
            .inScenario("rl")
            .whenScenarioStateIs("ok")
            .willReturn(okJson("{\"data\":{\"id\":\"9\",\"text\":\"x\"}}")));
    assertThat(connector.publish(draft).id()).isEqualTo("9");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(15));
  }

  @Test
  void serverErrorOnThePostIsNotRepeatedAndSaysToCheckTheProfile() {
    wm.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> connector.publish(draft))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "X did not confirm the post; open https://x.com/deptrad and look for a post"
                          + " made at 01:00 UTC before posting again (X cannot recognise a"
                          + " repeat).");
            });
    wm.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void timedOutPostIsNotRepeated() {
    wm.stubFor(
        post("/2/tweets").willReturn(okJson("{\"data\":{\"id\":\"1\"}}").withFixedDelay(3000)));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(draft))).isEqualTo(Kind.TIMEOUT);
    wm.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void partialAnswerWithoutIdIsMalformed() {
    wm.stubFor(post("/2/tweets").willReturn(okJson("{\"errors\":[{\"message\":\"something\"}]}")));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(draft)))
        .isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void malformedUploadAnswerStopsBeforeThePost() {
    wm.stubFor(post("/2/media/upload/initialize").willReturn(okJson("not json")));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(draft)))
        .isEqualTo(Kind.MALFORMED_RESPONSE);
    wm.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void deleteRemovesThePost() throws Exception {
    wm.stubFor(delete("/2/tweets/1850").willReturn(okJson("{\"data\":{\"deleted\":true}}")));
    connector.delete(
        new PostResult(Platform.X, "1850", URI.create("https://x.com/deptrad/status/1850")));
    wm.verify(deleteRequestedFor(urlEqualTo("/2/tweets/1850")));
  }
}
