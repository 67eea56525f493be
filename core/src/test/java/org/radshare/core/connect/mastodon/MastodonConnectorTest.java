/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.mastodon;

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
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Clock;
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
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.http.TestTime;
import org.radshare.core.connect.token.StoredSession;
import org.radshare.core.connect.token.TokenSet;

/** Mastodon's documented HTTP contract (docs/platforms.md §1), including faults. */
class MastodonConnectorTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String STATUS =
      "{\"id\":\"1103\",\"uri\":\"https://m.example/users/dept/statuses/1103\","
          + "\"url\":\"https://m.example/@dept/1103\",\"content\":\"<p>x</p>\",\"visibility\":\"public\","
          + "\"sensitive\":false,\"spoiler_text\":\"\",\"media_attachments\":[],\"account\":{\"id\":\"1\",\"acct\":\"dept\"}}";

  private final TestTime time = new TestTime(Instant.parse("2026-11-29T01:00:00Z"));
  private MastodonConnector connector;
  private final PostDraft draft =
      PostDraft.of(
              "Classic sign.",
              List.of(TestImages.png(40, 30, "Synthetic film"), TestImages.png(30, 30, "Second")))
          .withHashtags(List.of("Radiology"))
          .withContentWarning("Medical image")
          .withIdempotencyKey("idem-1");

  @BeforeEach
  void setUp() {
    ApiClient api = time.client(Platform.MASTODON, Duration.ofSeconds(2));
    StoredSession session =
        new StoredSession(
            new org.radshare.core.connect.token.AccountId(Platform.MASTODON, "dept"),
            new TokenSet("tok", "", null, "write:media write:statuses", Map.of()),
            null,
            t -> {
              throw new ConnectorException(
                  Kind.AUTH, "The Mastodon sign-in was revoked; sign in again.");
            },
            Clock.systemUTC(),
            r -> r.status() == 401);
    connector = new MastodonConnector(URI.create(wm.baseUrl() + "/"), api, session);
    wm.stubFor(
        get("/api/v2/instance")
            .willReturn(
                okJson(
                    "{\"configuration\":{\"statuses\":{\"max_characters\":1000,\"max_media_attachments\":4,"
                        + "\"characters_reserved_per_url\":23},\"media_attachments\":{\"image_size_limit\":16777216,"
                        + "\"image_matrix_limit\":33177600,\"description_limit\":1500}}}")));
    wm.stubFor(
        post("/api/v2/media")
            .willReturn(
                okJson("{\"id\":\"m1\",\"type\":\"image\",\"url\":\"https://m.example/m1.png\"}")));
  }

  @Test
  void publishesWithDescriptionsIdempotencyKeyAndWarning() throws Exception {
    wm.stubFor(post("/api/v1/statuses").willReturn(okJson(STATUS)));
    PostResult r = connector.publish(draft);
    assertThat(r)
        .isEqualTo(
            new PostResult(Platform.MASTODON, "1103", URI.create("https://m.example/@dept/1103")));
    wm.verify(
        2,
        postRequestedFor(urlEqualTo("/api/v2/media"))
            .withHeader("Authorization", equalTo("Bearer tok"))
            .withRequestBody(containing("name=\"description\"")));
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v2/media"))
            .withRequestBody(containing("Synthetic film")));
    wm.verify(
        1,
        postRequestedFor(urlEqualTo("/api/v1/statuses"))
            .withHeader("Idempotency-Key", equalTo("idem-1"))
            .withRequestBody(matchingJsonPath("$.spoiler_text", equalTo("Medical image")))
            .withRequestBody(matchingJsonPath("$.sensitive", equalTo("true")))
            .withRequestBody(matchingJsonPath("$.media_ids[1]", equalTo("m1"))));
    assertThat(connector.limits().maxTextLength()).isEqualTo(1000);
  }

  @Test
  void mediaStillProcessingIsPolledUntilReady() throws Exception {
    wm.stubFor(
        post("/api/v2/media")
            .willReturn(aResponse().withStatus(202).withBody("{\"id\":\"m9\",\"url\":null}")));
    wm.stubFor(
        get("/api/v1/media/m9")
            .inScenario("p")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(206).withBody("{\"id\":\"m9\"}"))
            .willSetStateTo("done"));
    wm.stubFor(
        get("/api/v1/media/m9")
            .inScenario("p")
            .whenScenarioStateIs("done")
            .willReturn(okJson("{\"id\":\"m9\",\"url\":\"https://m.example/m9.png\"}")));
    wm.stubFor(post("/api/v1/statuses").willReturn(okJson(STATUS)));
    connector.publish(draft.withImages(List.of(TestImages.png(10, 10, "a"))));
    // The wait doubles between polls (PollPolicy.mediaProcessing).
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void revokedTokenAsksToSignInAgain() {
    wm.stubFor(
        post("/api/v2/media")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"error\":\"The access token is invalid\"}")));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(draft))).isEqualTo(Kind.AUTH);
    wm.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
  }

  @Test
  void tooLargeUploadStopsBeforeThePost() {
    wm.stubFor(post("/api/v2/media").willReturn(aResponse().withStatus(413)));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(draft))).isEqualTo(Kind.TOO_LARGE);
    wm.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
  }

  @Test
  void rateLimitedStatusIsRetriedWithTheSameKeyAfterTheReset() throws Exception {
    wm.stubFor(
        post("/api/v1/statuses")
            .inScenario("rl")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse().withStatus(429).withHeader("X-RateLimit-Reset", "2026-11-29T01:00:30Z"))
            .willSetStateTo("ok"));
    wm.stubFor(
        post("/api/v1/statuses")
            .inScenario("rl")
            .whenScenarioStateIs("ok")
            .willReturn(okJson(STATUS)));
    connector.publish(draft);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(30));
    wm.verify(
        2,
        postRequestedFor(urlEqualTo("/api/v1/statuses"))
            .withHeader("Idempotency-Key", equalTo("idem-1")));
  }

  @Test
  void timedOutStatusIsRepeatedSafelyWithTheSameKey() throws Exception {
    wm.stubFor(
        post("/api/v1/statuses")
            .inScenario("slow")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(STATUS).withFixedDelay(3000))
            .willSetStateTo("ok"));
    wm.stubFor(
        post("/api/v1/statuses")
            .inScenario("slow")
            .whenScenarioStateIs("ok")
            .willReturn(okJson(STATUS)));
    assertThat(connector.publish(draft).id()).isEqualTo("1103");
    wm.verify(
        2,
        postRequestedFor(urlEqualTo("/api/v1/statuses"))
            .withHeader("Idempotency-Key", equalTo("idem-1")));
  }

  @Test
  void halfDonePostRemovesTheUploadedMedia() {
    wm.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(500)));
    wm.stubFor(delete("/api/v1/media/m1").willReturn(okJson("{}")));
    assertThatThrownBy(() -> connector.publish(draft))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Mastodon is not working properly right now (HTTP 500); try again later.");
            });
    wm.verify(2, deleteRequestedFor(urlEqualTo("/api/v1/media/m1")));
  }

  @Test
  void malformedStatusAnswerSaysThePostMayExist() {
    wm.stubFor(post("/api/v1/statuses").willReturn(okJson("{\"id\":")));
    wm.stubFor(delete("/api/v1/media/m1").willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(() -> connector.publish(draft))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
              assertThat(e.getMessage()).contains("check your profile before posting again");
            });
  }

  @Test
  void deleteRemovesTheStatus() throws Exception {
    wm.stubFor(delete("/api/v1/statuses/1103").willReturn(okJson(STATUS)));
    connector.delete(
        new PostResult(Platform.MASTODON, "1103", URI.create("https://m.example/@dept/1103")));
    wm.verify(deleteRequestedFor(urlEqualTo("/api/v1/statuses/1103")));
  }

  @Test
  void forkWithoutConfigurationGetsDefaults() throws Exception {
    wm.stubFor(get("/api/v2/instance").willReturn(okJson("{\"domain\":\"fork.example\"}")));
    assertThat(connector.limits().maxTextLength()).isEqualTo(500);
  }

  @Test
  void registersAnAppWithTheLoopbackRedirect() throws Exception {
    wm.stubFor(
        post("/api/v1/apps")
            .willReturn(
                okJson(
                    "{\"client_id\":\"cid\",\"client_secret\":\"sec\",\"client_secret_expires_at\":0,"
                        + "\"redirect_uris\":[\"http://127.0.0.1/callback\"],\"scopes\":[\"write:media\"]}")));
    var client =
        MastodonRegistration.register(time.client(Platform.MASTODON), URI.create(wm.baseUrl()));
    assertThat(client.clientId()).isEqualTo("cid");
    assertThat(client.tokenEndpoint().toString()).isEqualTo(wm.baseUrl() + "/oauth/token");
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/apps"))
            .withRequestBody(
                matchingJsonPath("$.redirect_uris", equalTo("http://127.0.0.1/callback"))));
  }
}
