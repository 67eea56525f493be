/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.policy.DepartmentPolicy;

/**
 * The texts that leave with a post besides the caption — alt text of every image, hashtags, link,
 * content warning, justification — are screened with the identifiers of every header of the post,
 * and a finding refuses the post naming the field, before anything is sent or written to the audit
 * trail (issue 10: {@code --alt "CT of Jane Doe"}, {@code #JaneDoe}, a name typed as the
 * justification).
 */
class OutgoingTextGateTest {

  private static final ShareService SERVICE = ShareService.create();

  @TempDir Path dir;
  private DepartmentPolicy policy;
  private Path outbox;

  @BeforeEach
  void policy() throws Exception {
    policy = TestDepartment.policy(dir, 12, false);
    outbox = dir.resolve("outbox");
  }

  private static PublishRequest twoImages(String secondAlt) {
    return PublishRequest.of(
        List.of(
            new PostImage(
                MultiImagePublishTest.scan(120),
                MultiImagePublishTest.header("DOE^JANE", "E9921837"),
                "Axial CT"),
            new PostImage(
                MultiImagePublishTest.scan(180),
                MultiImagePublishTest.header("DOE^JANE", "E9921837"),
                secondAlt)),
        "Two planes of the same lesion.",
        "");
  }

  @Test
  void theAltTextOfTheSecondImageIsScreenedWithTheHeaders() throws Exception {
    PublishOutcome outcome = publish(twoImages("CT of Jane Doe"));

    assertRefusedBeforeAnythingLeft(outcome);
    assertThat(outcome.message())
        .isEqualTo("Patient name found in the alt text of image 2 \u2014 remove it to post.");
  }

  @Test
  void hashtagsAreScreened() throws Exception {
    for (String tag : List.of("#JaneDoe", "#MRN12345678", "E9921837")) {
      PublishOutcome outcome =
          publish(twoImages("Coronal CT").withHashtags(List.of("#FOAMrad", tag)));
      assertRefusedBeforeAnythingLeft(outcome);
      assertThat(outcome.message()).as(tag).contains("found in the hashtags");
    }
  }

  @Test
  void aNameTypedAsTheJustificationIsRefusedAndNeverStored() throws Exception {
    PublishOutcome outcome =
        publish(twoImages("Coronal CT").confirmingReview("Jane Doe said it is fine to share"));

    assertRefusedBeforeAnythingLeft(outcome);
    assertThat(outcome.message()).contains("found in the justification");
  }

  @Test
  void theLinkAndTheContentWarningAreScreened() throws Exception {
    PostAnswers link =
        PostAnswers.NONE.withHashtags(List.of()).confirmingReview("Checked every pixel twice");
    PublishOutcome byLink =
        publish(
            twoImages("Coronal CT")
                .withAnswers(
                    new PostAnswers(
                        List.of(),
                        Optional.of("https://pacs.example/viewer?mrn=E9921837"),
                        true,
                        link.reviewJustification(),
                        Optional.empty(),
                        Optional.empty())));
    assertRefusedBeforeAnythingLeft(byLink);
    assertThat(byLink.message()).contains("found in the link");

    PublishOutcome byWarning =
        publish(
            twoImages("Coronal CT")
                .confirmingReview("Checked every pixel twice")
                .withContentWarning("Ms D o e's injuries"));
    assertRefusedBeforeAnythingLeft(byWarning);
    assertThat(byWarning.message()).contains("found in the content warning");
  }

  @Test
  void aCleanPostWithTagsLinkAndJustificationIsStillPosted() throws Exception {
    PublishOutcome outcome =
        publish(
            twoImages("Coronal CT")
                .withHashtags(List.of("#FOAMrad", "RadRes"))
                .confirmingReview("Checked every pixel twice"));

    assertThat(outcome).as(outcome.message()).isInstanceOf(PublishOutcome.Posted.class);
  }

  private void assertRefusedBeforeAnythingLeft(PublishOutcome outcome) throws IOException {
    assertThat(outcome).as(outcome.message()).isInstanceOf(PublishOutcome.Refused.class);
    assertThat(outbox).doesNotExist();
    Path log = policy.audit().log();
    String audit = Files.exists(log) ? Files.readString(log) : "";
    assertThat(audit.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("doe")
        .doesNotContain("jane");
  }

  private PublishOutcome publish(PublishRequest request) throws IOException {
    try (AuditLog audit = AuditLog.open(policy.audit())) {
      Publisher publisher =
          new Publisher(SERVICE, policy, audit, new Actor("tester", Optional.empty()));
      return publisher.publish(
          request, new OutboxConnector(outbox, Platform.MASTODON, Clock.systemUTC()));
    }
  }
}
