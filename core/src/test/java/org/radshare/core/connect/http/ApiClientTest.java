/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.ConnectorFailure;
import org.radshare.core.connect.Platform;

class ApiClientTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final Instant start = Instant.parse("2026-11-29T01:00:00Z");
  private final TestTime time = new TestTime(start);
  private final ApiClient client = time.client(Platform.MASTODON);

  private URI uri(String path) {
    return URI.create(wm.baseUrl() + path);
  }

  /** Counts refreshes; the token changes after one. */
  static final class CountingAuth implements Authorizer {
    int refreshes;

    @Override
    public Optional<String> header() {
      return Optional.of("Bearer t" + refreshes);
    }

    @Override
    public void refresh() {
      refreshes++;
    }
  }

  private void failThenSucceed(
      String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
    wm.stubFor(
        get(path)
            .inScenario(path)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(failure)
            .willSetStateTo("ok"));
    wm.stubFor(
        get(path)
            .inScenario(path)
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
  }

  @Test
  void retryAfterSecondsIsHonoured() throws Exception {
    failThenSucceed("/a", aResponse().withStatus(429).withHeader("Retry-After", "7"));
    ApiResponse r = client.send(ApiRequest.get(uri("/a")), Authorizer.NONE);
    assertThat(r.json().get("ok").asBoolean()).isTrue();
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void xEpochResetHeaderIsHonoured() throws Exception {
    long reset = start.getEpochSecond() + 12;
    failThenSucceed("/x", aResponse().withStatus(429).withHeader("x-rate-limit-reset", "" + reset));
    client.send(ApiRequest.get(uri("/x")), Authorizer.NONE);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void mastodonIsoResetHeaderIsHonoured() throws Exception {
    failThenSucceed(
        "/m",
        aResponse().withStatus(429).withHeader("X-RateLimit-Reset", "2026-11-29T01:00:09.000Z"));
    client.send(ApiRequest.get(uri("/m")), Authorizer.NONE);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(9));
  }

  @Test
  void resetBeyondTheBudgetFailsAtOnceWithWhenToRetry() {
    long reset = start.getEpochSecond() + 3600;
    wm.stubFor(
        get("/far")
            .willReturn(aResponse().withStatus(429).withHeader("ratelimit-reset", "" + reset)));
    assertThatThrownBy(() -> client.send(ApiRequest.get(uri("/far")), Authorizer.NONE))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
              assertThat(e.retryAfter()).contains(Duration.ofHours(1));
              assertThat(e.getMessage())
                  .isEqualTo("Mastodon is limiting requests; try again after 02:00 UTC.");
            });
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void serverErrorsAreRetriedWithGrowingJitteredBackoffThenGiveUp() {
    wm.stubFor(get("/down").willReturn(aResponse().withStatus(503)));
    assertThat(
            ConnectorFailure.kindOf(
                () -> client.send(ApiRequest.get(uri("/down")), Authorizer.NONE)))
        .isEqualTo(Kind.UNAVAILABLE);
    wm.verify(5, getRequestedFor(urlEqualTo("/down")));
    assertThat(time.sleeps).hasSize(4);
    for (int i = 0; i < 4; i++) {
      long full = 500L << i;
      assertThat(time.sleeps.get(i).toMillis()).isBetween(full / 2, full);
    }
  }

  @Test
  void unsafePostIsNotRepeatedAfterA500() {
    wm.stubFor(post("/create").willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(
            () ->
                client.send(
                    ApiRequest.post(uri("/create"), "application/json", "{}".getBytes()),
                    Authorizer.NONE))
        .isInstanceOf(ConnectorException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/create")));
  }

  @Test
  void expiredTokenIsRefreshedAndTheCallRepeatedOnce() throws Exception {
    wm.stubFor(
        get("/me")
            .withHeader("Authorization", equalTo("Bearer t0"))
            .willReturn(aResponse().withStatus(401)));
    wm.stubFor(
        get("/me")
            .withHeader("Authorization", equalTo("Bearer t1"))
            .willReturn(aResponse().withStatus(200).withBody("{}")));
    CountingAuth auth = new CountingAuth();
    assertThat(client.send(ApiRequest.get(uri("/me")), auth).status()).isEqualTo(200);
    assertThat(auth.refreshes).isEqualTo(1);
  }

  @Test
  void secondUnauthorisedAnswerAsksTheUserToSignIn() {
    wm.stubFor(get("/me").willReturn(aResponse().withStatus(401)));
    CountingAuth auth = new CountingAuth();
    assertThatThrownBy(() -> client.send(ApiRequest.get(uri("/me")), auth))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.AUTH);
              assertThat(e.getMessage()).contains("radshare accounts login mastodon");
            });
    assertThat(auth.refreshes).isEqualTo(1);
    wm.verify(2, getRequestedFor(urlEqualTo("/me")));
  }

  @Test
  void payloadTooLargeAndValidationErrorsAreExplained() {
    wm.stubFor(post("/big").willReturn(aResponse().withStatus(413)));
    wm.stubFor(
        post("/bad")
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withBody(
                        "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")));
    assertThat(
            ConnectorFailure.kindOf(
                () ->
                    client.send(
                        ApiRequest.post(uri("/big"), "image/png", new byte[10]), Authorizer.NONE)))
        .isEqualTo(Kind.TOO_LARGE);
    assertThatThrownBy(
            () ->
                client.send(
                    ApiRequest.post(uri("/bad"), "application/json", "{}".getBytes()),
                    Authorizer.NONE))
        .hasMessage(
            "Mastodon refused the request (HTTP 422): Validation failed: Text character limit of 500 exceeded.");
  }

  @Test
  void forbiddenIsARefusalWithThePlatformsReasonNotASignInProblem() {
    wm.stubFor(
        post("/dup")
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withBody(
                        "{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}")));
    ApiClient x = time.client(Platform.X);
    assertThatThrownBy(
            () ->
                x.send(
                    ApiRequest.post(uri("/dup"), "application/json", "{}".getBytes()),
                    Authorizer.NONE))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.REJECTED);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "X refused the request (HTTP 403): You are not allowed to create a Tweet with duplicate content.");
            });
  }

  @Test
  void slowAnswerTimesOutWithoutRepeatingAnUnsafeCall() {
    wm.stubFor(post("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(1000)));
    ApiClient impatient = time.client(Platform.MASTODON, Duration.ofMillis(300));
    assertThat(
            ConnectorFailure.kindOf(
                () ->
                    impatient.send(
                        ApiRequest.post(uri("/slow"), "application/json", "{}".getBytes()),
                        Authorizer.NONE)))
        .isEqualTo(Kind.TIMEOUT);
    wm.verify(1, postRequestedFor(urlEqualTo("/slow")));
  }

  @Test
  void malformedJsonIsReportedAsSuch() throws Exception {
    wm.stubFor(get("/junk").willReturn(aResponse().withStatus(200).withBody("<html>oops")));
    ApiResponse r = client.send(ApiRequest.get(uri("/junk")), Authorizer.NONE);
    assertThat(ConnectorFailure.kindOf(r::json)).isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void unreachableHostIsUnavailable() {
    ApiClient c = time.client(Platform.BLUESKY);
    assertThatThrownBy(
            () -> c.send(ApiRequest.get(URI.create("http://127.0.0.1:1/")), Authorizer.NONE))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Could not reach Bluesky; check the network connection and try again.");
            });
  }
}
