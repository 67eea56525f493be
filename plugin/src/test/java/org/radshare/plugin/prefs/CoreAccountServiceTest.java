/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.prefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.EncryptedFileTokenStore;
import org.radshare.core.connect.token.KeyFile;
import org.radshare.core.connect.token.TokenSet;
import org.radshare.core.policy.PolicyException;
import org.radshare.plugin.post.Department;
import org.radshare.plugin.prefs.AccountService.AccountStatus;

/** The preferences page's accounts over core's token store and sign-in. */
class CoreAccountServiceTest {

  @TempDir Path dir;
  private EncryptedFileTokenStore store;
  private final List<URI> opened = new ArrayList<>();
  private CoreAccountService service;

  @BeforeEach
  void service() {
    store = new EncryptedFileTokenStore(dir.resolve("tokens"), new KeyFile(dir.resolve("key")));
    Department department =
        new Department(() -> "", name -> dir.resolve(name), store, ApiClient::create);
    service = new CoreAccountService(department, opened::add);
  }

  @Test
  void listsEveryPostablePlatformWithWhoIsSignedIn() throws Exception {
    store.save(new AccountId(Platform.MASTODON, "dept@m.example"), token());

    List<AccountStatus> accounts = service.accounts();

    assertThat(accounts)
        .extracting(AccountStatus::platform)
        .containsExactly(
            Platform.MASTODON, Platform.X, Platform.LINKEDIN, Platform.BLUESKY, Platform.FACEBOOK);
    assertThat(accounts.get(0))
        .isEqualTo(new AccountStatus(Platform.MASTODON, true, "dept@m.example"));
    assertThat(accounts.get(1).signedIn()).isFalse();
  }

  @Test
  void signingOutForgetsTheStoredTokens() throws Exception {
    store.save(new AccountId(Platform.BLUESKY, "dept.example"), token());

    AccountStatus after = service.signOut(Platform.BLUESKY);

    assertThat(after).isEqualTo(new AccountStatus(Platform.BLUESKY, false, ""));
    assertThat(store.accounts()).isEmpty();
  }

  @Test
  void withoutTheDepartmentPolicyNoBrowserSignInStarts() {
    assertThatThrownBy(() -> service.signIn(Platform.X)).isInstanceOf(PolicyException.class);
    assertThat(opened).isEmpty();
  }

  @Test
  void blueskyPointsToItsAppPasswordSignIn() {
    assertThatThrownBy(() -> service.signIn(Platform.BLUESKY)).hasMessageContaining("app password");
  }

  private static TokenSet token() {
    return new TokenSet("synthetic-access", "", null, "", Map.of());
  }
}
