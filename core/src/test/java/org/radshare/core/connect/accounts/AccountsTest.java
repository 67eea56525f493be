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
}
