/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.Pseudonymizer;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.config.SettingsException;
import org.radshare.core.connect.mastodon.MastodonConnector;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.InMemoryTokenStore;
import org.radshare.core.connect.token.TokenSet;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.policy.PolicyLoader;

/** The one place front ends get their policy, connector and publisher from. */
class PublishSetupTest {

  @TempDir Path dir;
  private Path policyFile;

  @BeforeEach
  void policy() throws Exception {
    policyFile = dir.resolve("policy.json");
    Files.writeString(
        policyFile,
        """
        {"version": 1, "department": "Synthetic test department",
         "platforms": [{"id": "outbox"}, {"id": "mastodon", "instance": "https://mastodon.test"}],
         "requiredChecks": ["ocr", "caption", "header"],
         "review": {"userMayConfirm": true, "justificationMinLength": 0},
         "blockOverride": {"allowed": false},
         "post": {"altTextRequired": true, "disclaimer": ""},
         "audit": {"log": "audit/audit.jsonl", "secretFile": "audit/secret.key",
                   "retentionDays": 30}}
        """);
    Files.createDirectories(dir.resolve("audit"));
    Pseudonymizer.writeNewKey(dir.resolve("audit/secret.key"));
  }

  @Test
  void theOutboxNeedsNoSignInAndNothingElseIsReachableWithoutTheDepartmentFile() throws Exception {
    PublishSetup setup =
        PublishSetup.outboxOnly(PolicyLoader.load(policyFile), dir.resolve("outbox"));

    PublishSetup.Target outbox = setup.target(Platform.OUTBOX, null);
    assertThat(outbox.connector()).isInstanceOf(OutboxConnector.class);
    assertThat(outbox.account()).isEmpty();
    // The token supplier of outboxOnly throws if called: the refusal comes first.
    assertThatThrownBy(() -> setup.target(Platform.MASTODON, ""))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("needs the department policy file");
  }

  @Test
  void theOnlySavedAccountOfAPlatformIsTheOnePostedAsAndNamedForTheAudit() throws Exception {
    InMemoryTokenStore tokens = new InMemoryTokenStore();
    PublishSetup setup = PublishSetup.forDepartment(policyFile, () -> tokens, dir.resolve("out"));

    assertThatThrownBy(() -> setup.target(Platform.MASTODON, ""))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("Not signed in to Mastodon");

    tokens.save(
        new AccountId(Platform.MASTODON, "radiology@mastodon.test"),
        new TokenSet("tok", "", null, "write:media write:statuses", Map.of()));
    PublishSetup.Target target = setup.target(Platform.MASTODON, " ");
    assertThat(target.account()).isEqualTo("radiology@mastodon.test");
    assertThat(target.connector()).isInstanceOf(MastodonConnector.class);
  }

  @Test
  void aSessionPublishesIntoThePolicysAuditLog() throws Exception {
    PublishSetup setup =
        PublishSetup.forDepartment(
            policyFile,
            () -> {
              throw new AssertionError("not needed for the outbox");
            },
            dir.resolve("out"));
    PublishRequest request =
        PublishRequest.of(
                java.util.List.of(
                    new PostImage(
                        MultiImagePublishTest.scan(100),
                        MultiImagePublishTest.header("SMITHSON^JOHANNA", "1"),
                        "Axial CT")),
                "A disc.",
                "")
            .confirmingReview("");

    PublishOutcome outcome;
    try (PublishSetup.Session session =
        setup.open(new ShareService(new PixelScanner()), new Actor("tester", Optional.empty()))) {
      outcome = session.publisher().publish(request, setup.target(Platform.OUTBOX, "").connector());
    }

    assertThat(outcome).as(outcome.message()).isInstanceOf(PublishOutcome.Posted.class);
    assertThat(Files.readString(dir.resolve("audit/audit.jsonl")))
        .contains(((PublishOutcome.Posted) outcome).imageSha256());
  }
}
