/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.token.TokenSet;

/** The whole sign-in against a real OAuth 2.0 server (mock-oauth2-server) on loopback. */
class OAuthFlowTest {

  private MockOAuth2Server server;
  private final HttpClient browserHttp =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() throws Exception {
    server = new MockOAuth2Server();
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.shutdown();
  }

  private OAuthClient client(String issuer) {
    return new OAuthClient(
        Platform.X,
        "radshare-test-client",
        Optional.empty(),
        URI.create(server.authorizationEndpointUrl(issuer).toString()),
        URI.create(server.tokenEndpointUrl(issuer).toString()),
        Optional.of(URI.create(server.revocationEndpointUrl(issuer).toString())),
        "openid offline_access",
        0,
        true);
  }

  /**
   * Plays the browser: follows the authorize redirect to the loopback listener, in the background.
   */
  private final class TestBrowser implements BrowserLauncher {
    final AtomicReference<URI> authorizeUrl = new AtomicReference<>();
    final AtomicReference<URI> redirectedTo = new AtomicReference<>();
    final AtomicReference<String> finalPage = new AtomicReference<>();

    @Override
    public void open(URI url) {
      authorizeUrl.set(url);
      CompletableFuture.runAsync(
          () -> {
            try {
              HttpResponse<String> r =
                  browserHttp.send(
                      HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
              URI location = URI.create(r.headers().firstValue("Location").orElseThrow());
              redirectedTo.set(location);
              finalPage.set(
                  browserHttp
                      .send(
                          HttpRequest.newBuilder(location).build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body());
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
    }
  }

  @Test
  void signInRefreshAndRevoke() throws Exception {
    OAuthFlow flow = new OAuthFlow(client("x"), Clock.systemUTC());
    TestBrowser browser = new TestBrowser();

    TokenSet tokens = flow.authorise(browser, Duration.ofSeconds(20));

    String authorize = browser.authorizeUrl.get().toString();
    assertThat(authorize)
        .contains("code_challenge=")
        .contains("code_challenge_method=S256")
        .contains("state=")
        .contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A");
    assertThat(browser.redirectedTo.get().getHost()).isEqualTo("127.0.0.1");
    assertThat(tokens.accessToken()).isNotBlank();
    assertThat(tokens.refresh()).isPresent();
    assertThat(tokens.expiresAt()).isNotNull();

    RecordedRequest authReq = server.takeRequest();
    RecordedRequest tokenReq = server.takeRequest();
    assertThat(authReq.getPath()).startsWith("/x/authorize");
    String tokenBody = tokenReq.getBody().readUtf8();
    assertThat(tokenBody)
        .contains("grant_type=authorization_code")
        .contains("code_verifier=")
        .contains("client_id=radshare-test-client");

    TokenSet renewed = flow.refresh(tokens.withAccount(java.util.Map.of("username", "dept")));
    assertThat(renewed.accessToken()).isNotBlank().isNotEqualTo(tokens.accessToken());
    assertThat(renewed.account()).containsEntry("username", "dept");
    assertThat(server.takeRequest().getBody().readUtf8()).contains("grant_type=refresh_token");

    flow.revoke(renewed);
    RecordedRequest revoke = server.takeRequest();
    assertThat(revoke.getPath()).isEqualTo("/x/revoke");
    assertThat(revoke.getBody().readUtf8()).contains("token_type_hint=refresh_token");
  }

  /**
   * LinkedIn's 3-legged flow for a standard (confidential) app takes client_id and client_secret
   * and no PKCE; a code_verifier beside the secret is answered 401 invalid_client
   * (https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow).
   * With PKCE off neither the challenge nor the verifier is sent, the secret is.
   */
  @Test
  void withoutPkceTheSecretGoesAloneAsLinkedInStandardAppsNeed() throws Exception {
    OAuthClient linkedIn =
        new OAuthClient(
            Platform.LINKEDIN,
            "radshare-test-client",
            Optional.of("dept-secret"),
            URI.create(server.authorizationEndpointUrl("li").toString()),
            URI.create(server.tokenEndpointUrl("li").toString()),
            Optional.empty(),
            "openid profile w_member_social",
            0,
            false);
    TestBrowser browser = new TestBrowser();

    TokenSet tokens =
        new OAuthFlow(linkedIn, Clock.systemUTC()).authorise(browser, Duration.ofSeconds(20));

    assertThat(tokens.accessToken()).isNotBlank();
    assertThat(browser.authorizeUrl.get().toString()).doesNotContain("code_challenge");
    server.takeRequest();
    RecordedRequest tokenReq = server.takeRequest();
    String body = tokenReq.getBody().readUtf8();
    String credentials = body + tokenReq.getHeader("Authorization");
    assertThat(body).contains("grant_type=authorization_code").doesNotContain("code_verifier");
    assertThat(credentials).containsAnyOf("client_secret=dept-secret", "Basic ");
  }

  @Test
  void facebookRedirectsToLocalhostTheOnlyPlainHttpHostItAccepts() {
    OAuthClient facebook =
        new OAuthClient(
            Platform.FACEBOOK,
            "1234",
            Optional.of("s"),
            URI.create("https://www.facebook.com/v25.0/dialog/oauth"),
            URI.create("https://graph.facebook.com/v25.0/oauth/access_token"),
            Optional.empty(),
            "",
            53682,
            false);
    assertThat(facebook.redirectHost()).isEqualTo("localhost");
    assertThat(client("x").redirectHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void refreshWithoutRefreshTokenAsksToSignInAgain() {
    OAuthFlow flow = new OAuthFlow(client("x"), Clock.systemUTC());
    TokenSet noRefresh = new TokenSet("a", "", null, "", java.util.Map.of());
    assertThatThrownBy(() -> flow.refresh(noRefresh))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.getMessage()).contains("radshare accounts login x"));
  }

  @Test
  void missingClientIdIsAConfigurationError() {
    assertThatThrownBy(
            () ->
                new OAuthClient(
                    Platform.MASTODON,
                    " ",
                    Optional.empty(),
                    URI.create("http://a"),
                    URI.create("http://b"),
                    Optional.empty(),
                    "",
                    0,
                    true))
        .hasMessageContaining("No client id is configured for Mastodon");
  }
}
