/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.accounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.config.ConnectorSettings;
import org.radshare.core.connect.http.TestTime;
import org.radshare.core.connect.mastodon.MastodonConnector;
import org.radshare.core.connect.oauth.BrowserLauncher;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.InMemoryTokenStore;
import org.radshare.core.connect.token.TokenSet;

/**
 * The whole Mastodon sign-in against a stubbed instance: app registration, the browser's authorize
 * redirect back to the loopback listener, a token answer without expiry or refresh token
 * (Mastodon's shape), the account lookup, and sign-out revoking with the registered client.
 */
class MastodonSignInTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().templatingEnabled(true))
          .build();

  @TempDir Path dir;
  private final TestTime time = new TestTime(Instant.parse("2026-11-29T01:00:00Z"));
  private final HttpClient browserHttp =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  @Test
  void registersSignsInSavesAndSignsOut() throws Exception {
    wm.stubFor(
        post("/api/v1/apps")
            .willReturn(
                okJson(
                    "{\"client_id\":\"cid-1\",\"client_secret\":\"csec-1\",\"client_secret_expires_at\":0}")));
    wm.stubFor(
        get(urlPathEqualTo("/oauth/authorize"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader(
                        "Location",
                        "{{request.query.redirect_uri}}?code=the-code&state={{request.query.state}}")
                    .withTransformers("response-template")));
    wm.stubFor(
        post("/oauth/token")
            .willReturn(
                okJson(
                    "{\"access_token\":\"masto-token\",\"token_type\":\"Bearer\",\"scope\":\"write:media write:statuses read:accounts\",\"created_at\":1764370000}")));
    wm.stubFor(
        get("/api/v1/accounts/verify_credentials")
            .withHeader("Authorization", equalTo("Bearer masto-token"))
            .willReturn(okJson("{\"id\":\"1\",\"username\":\"dept\",\"acct\":\"dept\"}")));
    wm.stubFor(post("/oauth/revoke").willReturn(okJson("{}")));

    Path policy = dir.resolve("policy.json");
    Files.writeString(
        policy, "{\"platforms\":[{\"id\":\"mastodon\",\"instance\":\"" + wm.baseUrl() + "\"}]}");
    ConnectorSettings settings = ConnectorSettings.load(policy);
    InMemoryTokenStore store = new InMemoryTokenStore();
    BrowserLauncher browser =
        url ->
            CompletableFuture.runAsync(
                () -> {
                  try {
                    browserHttp.send(
                        HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });

    AccountId id =
        new SignIn(settings, store, time, time::client)
            .oauth(Platform.MASTODON, browser, Duration.ofSeconds(30));

    assertThat(id)
        .isEqualTo(new AccountId(Platform.MASTODON, "dept@" + URI.create(wm.baseUrl()).getHost()));
    TokenSet saved = store.saved.get(id);
    assertThat(saved.accessToken()).isEqualTo("masto-token");
    assertThat(saved.expiresAt()).isNull();
    assertThat(saved.refresh()).isEmpty();
    assertThat(saved.account())
        .containsEntry("clientId", "cid-1")
        .containsEntry("instance", wm.baseUrl());
    wm.verify(
        postRequestedFor(urlEqualTo("/oauth/token"))
            .withRequestBody(containing("code=the-code"))
            .withRequestBody(containing("code_verifier="))
            .withRequestBody(containing("client_secret=csec-1")));

    Accounts accounts = new Accounts(settings, store, time, time::client);
    assertThat(accounts.open(Platform.MASTODON, null)).isInstanceOf(MastodonConnector.class);
    accounts.logout(id);
    assertThat(store.saved).isEmpty();
    wm.verify(
        postRequestedFor(urlEqualTo("/oauth/revoke"))
            .withRequestBody(containing("token=masto-token")));
  }
}
