/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.http.TestTime;
import org.radshare.core.connect.token.TokenSet;

/** The Page token a Facebook sign-in leaves behind, against the Graph API's documented calls. */
class FacebookPageTokenTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestTime time = new TestTime(Instant.parse("2026-12-04T10:00:00Z"));
  private final TokenSet shortLived =
      new TokenSet(
          "short-user", "", Instant.parse("2026-12-04T11:00:00Z"), "pages_manage_posts", Map.of());
  private FacebookPageToken tokens;

  @BeforeEach
  void setUp() {
    tokens =
        new FacebookPageToken(
            URI.create(wm.baseUrl() + "/v25.0"),
            time.client(Platform.FACEBOOK, Duration.ofSeconds(2)),
            "app-1",
            "app-secret");
    // https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived:
    // GET oauth/access_token?grant_type=fb_exchange_token&client_id&client_secret&fb_exchange_token
    // answers {access_token, token_type, expires_in ~ 60 days}.
    wm.stubFor(
        get(urlPathEqualTo("/v25.0/oauth/access_token"))
            .withQueryParam("grant_type", equalTo("fb_exchange_token"))
            .withQueryParam("fb_exchange_token", equalTo("short-user"))
            .willReturn(
                okJson(
                    "{\"access_token\":\"long-user\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
  }

  private static void debugToken(String data) {
    // https://developers.facebook.com/docs/graph-api/reference/debug_token: input_token and an app
    // token; data.expires_at 0 means the token never expires.
    wm.stubFor(
        get(urlPathEqualTo("/v25.0/debug_token"))
            .withQueryParam("input_token", equalTo("page-token"))
            .withQueryParam("access_token", equalTo("app-1|app-secret"))
            .willReturn(okJson("{\"data\":" + data + "}")));
  }

  /**
   * https://developers.facebook.com/docs/pages-api/getting-started#page-access-tokens: a Page token
   * read with a long-lived user token ({@code GET /{page-id}?fields=access_token}) has no expiry;
   * the Page is asked directly, which also covers Pages of a Business portfolio.
   */
  @Test
  void exchangesForALongLivedTokenThenReadsThePageTokenAndItsExpiry() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/v25.0/998877"))
            .withQueryParam("fields", equalTo("access_token,name"))
            .withHeader("Authorization", equalTo("Bearer long-user"))
            .willReturn(
                okJson(
                    "{\"access_token\":\"page-token\",\"name\":\"Dept Radiology\",\"id\":\"998877\"}")));
    debugToken(
        "{\"is_valid\":true,\"type\":\"PAGE\",\"expires_at\":0,\"data_access_expires_at\":1772582400}");

    FacebookPageToken.Page page = tokens.forPage("998877", shortLived);

    assertThat(page.name()).isEqualTo("Dept Radiology");
    assertThat(page.tokens().accessToken()).isEqualTo("page-token");
    assertThat(page.tokens().expiresAt()).isNull();
    assertThat(page.tokens().account())
        .containsEntry("pageId", "998877")
        .containsEntry("dataAccessExpiresAt", "2026-03-04T00:00:00Z");
    wm.verify(0, getRequestedFor(urlPathEqualTo("/v25.0/me/accounts")));
  }

  @Test
  void aPageTokenThatExpiresIsSavedWithItsExpiry() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/v25.0/998877"))
            .willReturn(okJson("{\"access_token\":\"page-token\",\"name\":\"P\"}")));
    debugToken("{\"is_valid\":true,\"expires_at\":1770000000}");

    assertThat(tokens.forPage("998877", shortLived).tokens().expiresAt())
        .isEqualTo(Instant.ofEpochSecond(1770000000));
  }

  @Test
  void aUserWithoutAPostingTaskOnThePageIsToldSo() {
    wm.stubFor(get(urlPathEqualTo("/v25.0/998877")).willReturn(okJson("{\"id\":\"998877\"}")));
    assertThatThrownBy(() -> tokens.forPage("998877", shortLived))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.AUTH);
              assertThat(e.getMessage()).contains("998877").doesNotContain("long-user");
            });
  }

  @Test
  void anInvalidPageTokenIsNotSaved() {
    wm.stubFor(
        get(urlPathEqualTo("/v25.0/998877"))
            .willReturn(okJson("{\"access_token\":\"page-token\",\"name\":\"P\"}")));
    debugToken("{\"is_valid\":false,\"expires_at\":0}");
    assertThatThrownBy(() -> tokens.forPage("998877", shortLived))
        .isInstanceOfSatisfying(
            ConnectorException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH));
  }
}
