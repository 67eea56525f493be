/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.TokenLookup;
import org.radshare.core.connect.token.TokenSet;
import org.radshare.core.connect.token.TokenStore;
import org.radshare.core.policy.PolicyLoader;
import org.radshare.core.share.PublishSetup;
import org.radshare.plugin.TestPolicies;

/** Which account each platform posts as, decided before anything is sent. */
class PostTargetsTest {

  @TempDir Path dir;

  @Test
  void noPlatformIsRefusedWithWhatToDo() throws Exception {
    assertThatThrownBy(() -> PostTargets.open(setup(), new Saved(), List.of()))
        .isInstanceOf(ReviewedPosting.NotPostedException.class)
        .hasMessage("Choose where to post.");
  }

  @Test
  void theOutboxNeedsNoAccount() throws Exception {
    List<PublishSetup.Target> targets =
        PostTargets.open(setup(), new Saved(), List.of(Platform.OUTBOX));

    assertThat(targets).singleElement().satisfies(t -> assertThat(t.account()).isEmpty());
    assertThat(targets.get(0).connector()).isInstanceOf(OutboxConnector.class);
  }

  @Test
  void aMissingSignInPointsToThePreferences() {
    assertThatThrownBy(
            () -> PostTargets.open(setup(), new Saved(), List.of(Platform.OUTBOX, Platform.X)))
        .isInstanceOf(ReviewedPosting.NotPostedException.class)
        .hasMessage("Sign in to X in the RadShare preferences first.");
  }

  @Test
  void twoSignInsForOnePlatformAreNotGuessedBetween() {
    Saved saved =
        new Saved(
            new AccountId(Platform.MASTODON, "teaching"),
            new AccountId(Platform.MASTODON, "personal"),
            new AccountId(Platform.BLUESKY, "dept"));

    assertThatThrownBy(() -> PostTargets.open(setup(), saved, List.of(Platform.MASTODON)))
        .isInstanceOf(ReviewedPosting.NotPostedException.class)
        .hasMessage("Several Mastodon accounts are signed in; keep one.");
  }

  private PublishSetup setup() throws Exception {
    Path file = TestPolicies.write(dir, 0, false);
    return PublishSetup.outboxOnly(PolicyLoader.load(file), dir.resolve("outbox"));
  }

  /** Saved sign-ins by name only: these tests never read a token. */
  private static final class Saved implements TokenStore {
    private final List<AccountId> accounts = new ArrayList<>();

    Saved(AccountId... accounts) {
      this.accounts.addAll(List.of(accounts));
    }

    @Override
    public TokenLookup load(AccountId account) {
      throw new AssertionError("no token is read before every platform has its account");
    }

    @Override
    public void save(AccountId account, TokenSet tokens) {
      throw new AssertionError("nothing is saved while posting");
    }

    @Override
    public void delete(AccountId account) {
      throw new AssertionError("nothing is deleted while posting");
    }

    @Override
    public List<AccountId> accounts() {
      return List.copyOf(accounts);
    }
  }
}
