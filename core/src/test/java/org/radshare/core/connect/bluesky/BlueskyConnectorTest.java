/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
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
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.InMemoryTokenStore;
import org.radshare.core.connect.token.StoredSession;
import org.radshare.core.connect.token.TokenSet;

/** The AT Protocol calls of docs/platforms.md §4, as WireMock contracts, including faults. */
class BlueskyConnectorTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String DID = "did:plc:abc123";
  private static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");
  private static final String BLOB =
      "{\"blob\":{\"$type\":\"blob\",\"ref\":{\"$link\":\"bafkreiabc\"},\"mimeType\":\"image/png\",\"size\":123}}";

  private final TestTime time = new TestTime(NOW);
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final AccountId account = new AccountId(Platform.BLUESKY, "dept.test");
  private BlueskyConnector connector;
  private URI pds;

  private final PostDraft draft =
      PostDraft.of(
              "Classic sign 🩻 see https://example.org/case",
              List.of(TestImages.png(40, 30, "Synthetic film")))
          .withHashtags(List.of("Radiology"))
          .withSensitive(true)
          .withIdempotencyKey("idem-b");

  static String jwt(String name, Instant exp) {
    Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
    return b.encodeToString("{\"alg\":\"ES256K\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b.encodeToString(
            ("{\"sub\":\"" + name + "\",\"exp\":" + exp.getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8))
        + ".sig";
  }

  private static String session(String access, String refresh) {
    return "{\"accessJwt\":\""
        + access
        + "\",\"refreshJwt\":\""
        + refresh
        + "\",\"did\":\""
        + DID
        + "\",\"handle\":\"dept.test\",\"active\":true}";
  }

  @BeforeEach
  void setUp() throws Exception {
    pds = URI.create(wm.baseUrl());
    ApiClient api = time.client(Platform.BLUESKY, Duration.ofSeconds(2));
    // https://docs.bsky.app/docs/api/com-atproto-server-describe-server (no blob limit: defaults)
    wm.stubFor(
        get("/xrpc/com.atproto.server.describeServer")
            .willReturn(okJson("{\"did\":\"did:web:pds.test\",\"availableUserDomains\":[]}")));
    wm.stubFor(
        post("/xrpc/com.atproto.server.createSession")
            .willReturn(
                okJson(
                    session(
                        jwt("a1", NOW.plusSeconds(7200)),
                        jwt("r1", NOW.plus(Duration.ofDays(90)))))));
    TokenSet tokens = BlueskySessions.login(api, pds, "dept.test", "app-pass-word-here");
    store.save(account, tokens);
    StoredSession s =
        StoredSession.open(
            account, store, BlueskySessions.refresher(api, pds), time, BlueskySessions::isExpired);
    connector = new BlueskyConnector(pds, api, s);
    wm.stubFor(post("/xrpc/com.atproto.repo.uploadBlob").willReturn(okJson(BLOB)));
  }

  private static String createdUri(String rkey) {
    return "{\"uri\":\"at://"
        + DID
        + "/app.bsky.feed.post/"
        + rkey
        + "\",\"cid\":\"bafyrei\",\"commit\":{\"cid\":\"c\",\"rev\":\"r\"},\"validationStatus\":\"valid\"}";
  }

  @Test
  void publishesBlobAndRecordWithFacetsAltTextRatioAndLabel() throws Exception {
    String rkey = RecordKey.tid(NOW, "idem-b");
    wm.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(okJson(createdUri(rkey))));
    PostResult r = connector.publish(draft);
    assertThat(r.id()).isEqualTo("at://" + DID + "/app.bsky.feed.post/" + rkey);
    assertThat(r.publicUrl())
        .isEqualTo(URI.create("https://bsky.app/profile/dept.test/post/" + rkey));
    assertThat(store.saved.get(account).account()).containsEntry("did", DID);
    wm.verify(
        postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.uploadBlob"))
            .withHeader("Content-Type", equalTo("image/png")));
    String text = "Classic sign 🩻 see https://example.org/case\n\n#Radiology";
    int linkStart =
        text.substring(0, text.indexOf("https")).getBytes(StandardCharsets.UTF_8).length;
    wm.verify(
        postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord"))
            .withRequestBody(matchingJsonPath("$.repo", equalTo(DID)))
            .withRequestBody(matchingJsonPath("$.rkey", equalTo(rkey)))
            .withRequestBody(matchingJsonPath("$.record.text", equalTo(text)))
            .withRequestBody(
                matchingJsonPath("$.record.facets[0].index.byteStart", equalTo("" + linkStart)))
            .withRequestBody(
                matchingJsonPath("$.record.facets[1].features[0].tag", equalTo("Radiology")))
            .withRequestBody(
                matchingJsonPath("$.record.embed.images[0].alt", equalTo("Synthetic film")))
            .withRequestBody(
                matchingJsonPath("$.record.embed.images[0].image.ref.$link", equalTo("bafkreiabc")))
            .withRequestBody(
                matchingJsonPath("$.record.embed.images[0].aspectRatio.width", equalTo("40")))
            .withRequestBody(
                matchingJsonPath("$.record.labels.values[0].val", equalTo("graphic-media"))));
  }

  @Test
  void expiredAccessTokenIsRefreshedOnceAndSaved() throws Exception {
    String a2 = jwt("a2", NOW.plusSeconds(7200));
    wm.stubFor(
        post("/xrpc/com.atproto.repo.uploadBlob")
            .withHeader("Authorization", equalTo("Bearer " + jwt("a1", NOW.plusSeconds(7200))))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));
    wm.stubFor(
        post("/xrpc/com.atproto.repo.uploadBlob")
            .withHeader("Authorization", equalTo("Bearer " + a2))
            .willReturn(okJson(BLOB)));
    wm.stubFor(
        post("/xrpc/com.atproto.server.refreshSession")
            .withHeader(
                "Authorization", equalTo("Bearer " + jwt("r1", NOW.plus(Duration.ofDays(90)))))
            .willReturn(okJson(session(a2, jwt("r2", NOW.plus(Duration.ofDays(90)))))));
    wm.stubFor(
        post("/xrpc/com.atproto.repo.createRecord")
            .willReturn(okJson(createdUri(RecordKey.tid(NOW, "idem-b")))));
    connector.publish(draft);
    wm.verify(
        1,
        postRequestedFor(urlEqualTo("/xrpc/com.atproto.server.refreshSession"))
            .withRequestBody(absent()));
    assertThat(store.saved.get(account).accessToken()).isEqualTo(a2);
  }

  @Test
  void sessionThatCannotBeRefreshedAsksToSignIn() {
    wm.stubFor(
        post("/xrpc/com.atproto.repo.uploadBlob")
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"ExpiredToken\"}")));
    wm.stubFor(
        post("/xrpc/com.atproto.server.refreshSession")
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"ExpiredToken\"}")));
    assertThatThrownBy(() -> connector.publish(draft))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.AUTH);
              assertThat(e.getMessage()).contains("radshare accounts login bluesky");
            });
  }

  @Test
  void blobTooLargeIsReported() {
    wm.stubFor(
        post("/xrpc/com.atproto.repo.uploadBlob")
            .willReturn(
                aResponse()
                    .withStatus(413)
                    .withBody(
                        "{\"error\":\"PayloadTooLarge\",\"message\":\"request entity too large\"}")));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(draft))).isEqualTo(Kind.TOO_LARGE);
  }

  @Test
  void rateLimitResetIsHonoured() throws Exception {
    long reset = NOW.getEpochSecond() + 20;
    wm.stubFor(
        post("/xrpc/com.atproto.repo.createRecord")
            .inScenario("rl")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("ratelimit-reset", "" + reset)
                    .withBody("{\"error\":\"RateLimitExceeded\"}"))
            .willSetStateTo("ok"));
    wm.stubFor(
        post("/xrpc/com.atproto.repo.createRecord")
            .inScenario("rl")
            .whenScenarioStateIs("ok")
            .willReturn(okJson(createdUri(RecordKey.tid(NOW, "idem-b")))));
    connector.publish(draft);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(20));
  }

  @Test
  void createThatTimedOutButLandedIsFoundNotRepeated() throws Exception {
    String rkey = RecordKey.tid(NOW, "idem-b");
    wm.stubFor(
        post("/xrpc/com.atproto.repo.createRecord")
            .inScenario("landed")
            .willReturn(okJson(createdUri(rkey)).withFixedDelay(3000))
            .willSetStateTo("created"));
    wm.stubFor(
        get(urlPathEqualTo("/xrpc/com.atproto.repo.getRecord"))
            .inScenario("landed")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"RecordNotFound\"}")));
    wm.stubFor(
        get(urlPathEqualTo("/xrpc/com.atproto.repo.getRecord"))
            .inScenario("landed")
            .whenScenarioStateIs("created")
            .willReturn(okJson("{\"uri\":\"at://x\",\"value\":{}}")));
    PostResult r = connector.publish(draft);
    assertThat(r.id()).endsWith("/" + rkey);
    wm.verify(1, postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord")));
  }

  /**
   * A run that failed unclearly yesterday evening, repeated today: the record key is the content's
   * (com.atproto.repo.getRecord answers 200 for it,
   * https://docs.bsky.app/docs/api/com-atproto-repo-get-record), so nothing is created again and
   * the earlier post is reported.
   */
  @Test
  void repeatingAPostThatLandedInAnEarlierRunDoesNotPostAgain() throws Exception {
    String yesterday = RecordKey.previousDay(NOW, "idem-b");
    wm.stubFor(
        get(urlPathEqualTo("/xrpc/com.atproto.repo.getRecord"))
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"RecordNotFound\"}")));
    wm.stubFor(
        get(urlPathEqualTo("/xrpc/com.atproto.repo.getRecord"))
            .withQueryParam("rkey", equalTo(yesterday))
            .willReturn(okJson("{\"uri\":\"at://x\",\"value\":{}}")));

    PostResult r = connector.publish(draft);

    assertThat(r.id()).isEqualTo("at://" + DID + "/app.bsky.feed.post/" + yesterday);
    wm.verify(0, postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord")));
  }

  @Test
  void createThatTimedOutAndDidNotLandIsRepeatedWithTheSameKey() throws Exception {
    String rkey = RecordKey.tid(NOW, "idem-b");
    wm.stubFor(
        post("/xrpc/com.atproto.repo.createRecord")
            .inScenario("t")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(502))
            .willSetStateTo("up"));
    wm.stubFor(
        post("/xrpc/com.atproto.repo.createRecord")
            .inScenario("t")
            .whenScenarioStateIs("up")
            .willReturn(okJson(createdUri(rkey))));
    wm.stubFor(
        get(urlPathEqualTo("/xrpc/com.atproto.repo.getRecord"))
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"RecordNotFound\"}")));
    assertThat(connector.publish(draft).id()).endsWith("/" + rkey);
    wm.verify(
        2,
        postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord"))
            .withRequestBody(matchingJsonPath("$.rkey", equalTo(rkey))));
  }

  @Test
  void persistentServerErrorFailsAfterBoundedRetries() {
    wm.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(aResponse().withStatus(500)));
    wm.stubFor(
        get(urlPathEqualTo("/xrpc/com.atproto.repo.getRecord"))
            .willReturn(aResponse().withStatus(400)));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(draft))).isEqualTo(Kind.UNAVAILABLE);
    wm.verify(3, postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord")));
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void malformedBlobAnswerIsReported() {
    wm.stubFor(post("/xrpc/com.atproto.repo.uploadBlob").willReturn(okJson("{\"blob\":{}}")));
    assertThat(ConnectorFailure.kindOf(() -> connector.publish(draft)))
        .isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void deleteUsesTheRecordKey() throws Exception {
    wm.stubFor(
        post("/xrpc/com.atproto.repo.deleteRecord")
            .willReturn(okJson("{\"commit\":{\"cid\":\"c\",\"rev\":\"r\"}}")));
    connector.delete(
        new PostResult(
            Platform.BLUESKY,
            "at://" + DID + "/app.bsky.feed.post/3kabc",
            URI.create("https://bsky.app/x")));
    wm.verify(
        postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.deleteRecord"))
            .withRequestBody(matchingJsonPath("$.rkey", equalTo("3kabc")))
            .withRequestBody(matchingJsonPath("$.collection", equalTo("app.bsky.feed.post"))));
  }

  @Test
  void wrongAppPasswordIsExplained() {
    wm.stubFor(
        post("/xrpc/com.atproto.server.createSession")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}")));
    assertThatThrownBy(
            () -> BlueskySessions.login(time.client(Platform.BLUESKY), pds, "dept.test", "wrong"))
        .hasMessageContaining("handle and app password");
  }
}
