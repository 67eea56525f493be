/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.accounts;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.bluesky.BlueskyConnector;
import org.radshare.core.connect.config.ConnectorSettings;
import org.radshare.core.connect.config.SettingsException;
import org.radshare.core.connect.http.TestTime;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.EncryptedFileTokenStore;
import org.radshare.core.connect.token.KeyFile;
import org.radshare.core.connect.token.TokenSet;

class AccountsTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path dir;
  private final TestTime time = new TestTime(Instant.parse("2026-11-29T01:00:00Z"));

  private ConnectorSettings settings() throws Exception {
    Files.writeString(dir.resolve("x.secret"), "s3cret\n");
    Path policy = dir.resolve("policy.json");
    Files.writeString(
        policy,
        """
        {"department":"Radiology","platforms":[
          {"id":"bluesky","instance":"%s"},
          {"id":"x","clientId":"x-client","redirectPort":8765},
          {"id":"linkedin","clientId":"li-client","clientSecretFile":"x.secret"},
          {"id":"outbox"}, {"id":"threads"}]}"""
            .formatted(wm.baseUrl()));
    return ConnectorSettings.load(policy);
  }

  @Test
  void readsClientIdsAndSecretFilesFromTheDepartmentConfiguration() throws Exception {
    ConnectorSettings s = settings();
    assertThat(s.platforms())
        .containsExactly(Platform.X, Platform.LINKEDIN, Platform.BLUESKY, Platform.OUTBOX);
    assertThat(s.require(Platform.X).clientId()).contains("x-client");
    assertThat(s.require(Platform.X).redirectPort()).isEqualTo(8765);
    assertThat(s.require(Platform.LINKEDIN).clientSecret()).contains("s3cret");
    assertThatThrownBy(() -> s.require(Platform.FACEBOOK))
        .isInstanceOf(SettingsException.class)
        .hasMessage("Facebook Page is not enabled in the department configuration.");
    assertThatThrownBy(() -> s.require(Platform.BLUESKY).requireClientId())
        .hasMessageContaining("No client id is configured for Bluesky");
  }

  @Test
  void blueskySignInIsSavedListedOpenedAndSignedOut() throws Exception {
    wm.stubFor(
        post("/xrpc/com.atproto.server.createSession")
            .willReturn(
                okJson(
                    "{\"accessJwt\":\"a.e30.s\",\"refreshJwt\":\"r.e30.s\",\"did\":\"did:plc:x\",\"handle\":\"dept.test\"}")));
    EncryptedFileTokenStore store =
        new EncryptedFileTokenStore(dir.resolve("tokens"), new KeyFile(dir.resolve("k")));
    ConnectorSettings s = settings();
    AccountId id = new SignIn(s, store, time, time::client).bluesky("dept.test", "app-password");
    assertThat(id).isEqualTo(new AccountId(Platform.BLUESKY, "dept.test"));

    Accounts accounts = new Accounts(s, store, time, time::client);
    assertThat(accounts.list()).containsExactly(new Accounts.Entry(id, "signed in"));
    assertThat(accounts.open(Platform.BLUESKY, null)).isInstanceOf(BlueskyConnector.class);
    assertThat(accounts.list().toString()).doesNotContain("a.e30.s").doesNotContain("app-password");

    accounts.logout(id);
    assertThat(accounts.list()).isEmpty();
    assertThatThrownBy(() -> accounts.open(Platform.BLUESKY, null))
        .hasMessageContaining("radshare accounts login bluesky");
  }

  @Test
  void unreadableAccountIsListedWithItsReason() throws Exception {
    EncryptedFileTokenStore store =
        new EncryptedFileTokenStore(dir.resolve("tokens"), new KeyFile(dir.resolve("k")));
    AccountId id = new AccountId(Platform.X, "deptrad");
    store.save(
        id, new TokenSet("a", "r", Instant.parse("2026-11-29T00:00:00Z"), "", java.util.Map.of()));
    Files.write(
        dir.resolve("tokens")
            .resolve(Files.list(dir.resolve("tokens")).findFirst().orElseThrow().getFileName()),
        new byte[] {1, 2, 3});
    Accounts accounts = new Accounts(settings(), store, time, time::client);
    assertThat(accounts.list())
        .singleElement()
        .satisfies(e -> assertThat(e.status()).startsWith("unreadable: "));
  }

  private ConnectorSettings mastodonAt(String instance) throws Exception {
    Path policy = dir.resolve("mastodon-policy.json");
    Files.writeString(
        policy, "{\"platforms\":[{\"id\":\"mastodon\",\"instance\":\"" + instance + "\"}]}");
    return ConnectorSettings.load(policy);
  }

  @Test
  void mastodonPostsToThePolicysInstanceNotOneRememberedFromAnOldSignIn() throws Exception {
    EncryptedFileTokenStore store =
        new EncryptedFileTokenStore(dir.resolve("tokens"), new KeyFile(dir.resolve("k")));
    AccountId id = new AccountId(Platform.MASTODON, "dept@old.example");
    store.save(
        id,
        new TokenSet(
            "tok", "", null, "write", java.util.Map.of("instance", "https://old.example")));

    Accounts moved = new Accounts(mastodonAt("https://new.example"), store, time, time::client);
    assertThatThrownBy(() -> moved.open(Platform.MASTODON, null))
        .hasMessageContaining("old.example")
        .hasMessageContaining("new.example")
        .hasMessageContaining("radshare accounts login mastodon");

    Accounts same = new Accounts(mastodonAt("https://old.example/"), store, time, time::client);
    assertThat(same.open(Platform.MASTODON, null))
        .isInstanceOf(org.radshare.core.connect.mastodon.MastodonConnector.class);
  }

  @Test
  void mastodonOverPlainHttpIsRefusedUnlessOnThisComputer() throws Exception {
    assertThatThrownBy(
            () ->
                mastodonAt("http://mastodon.example").require(Platform.MASTODON).requireInstance())
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("https://");
    assertThat(mastodonAt("http://127.0.0.1:8080").require(Platform.MASTODON).requireInstance())
        .hasToString("http://127.0.0.1:8080");
  }

  @Test
  void signInPlatformsThatMatchRedirectsExactlyNeedAFixedPort() throws Exception {
    ConnectorSettings s = settings();
    assertThat(s.require(Platform.X).requireRedirectPort()).isEqualTo(8765);
    assertThat(s.require(Platform.X).pkce()).isTrue();
    assertThat(s.require(Platform.LINKEDIN).pkce()).isFalse();
    assertThatThrownBy(() -> s.require(Platform.LINKEDIN).requireRedirectPort())
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("redirectPort");
  }
}
