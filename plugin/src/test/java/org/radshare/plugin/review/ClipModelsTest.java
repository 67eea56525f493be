/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.ClipReport;
import org.radshare.core.connect.Platform;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.PostBlocker;
import org.radshare.core.review.ReviewModel;

/**
 * A clip's check becomes core's review rules; a recheck keeps the text but not the confirmation.
 */
class ClipModelsTest {

  private static CheckedClip clip(Verdict verdict, String code) {
    return new CheckedClip(
        new ClipReport(
            verdict,
            List.of(new Reason(code, verdict, "synthetic")),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            5),
        Optional.empty(),
        ClipMask.of(List.of()));
  }

  @Test
  void theClipsVerdictAndReasonsDriveTheModel() {
    ReviewModel model = ClipModels.of(clip(Verdict.BLOCK, "check.failed"), null);
    assertThat(model.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(model.reasons()).extracting(Reason::code).containsExactly("check.failed");
    assertThat(model.blockers()).contains(PostBlocker.VERDICT_BLOCKED);
  }

  @Test
  void aRecheckCarriesWhatWasTypedButAsksForTheConfirmationAgain() {
    ReviewModel before = ClipModels.of(clip(Verdict.REVIEW, "pixel.unknown"), null);
    before.setCaption("Loop from Jane Roe");
    before.setCaptionFindings(
        "Loop from Jane Roe", List.of(new CaptionFinding(10, 18, "Jane Roe", "PatientName")));
    before.setAltText("Ultrasound loop");
    before.setHashtags("#FOAMrad #MedEd");
    before.setContentWarning("Medical imaging");
    before.setAttested(true);
    before.setPlatform(Platform.OUTBOX, true);
    before.setReviewConfirmed(true);

    ReviewModel after = ClipModels.of(clip(Verdict.REVIEW, "pixel.unknown"), before);

    assertThat(after.caption()).isEqualTo("Loop from Jane Roe");
    assertThat(after.isCaptionChecked()).isTrue();
    assertThat(after.captionFindings()).hasSize(1);
    assertThat(after.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(after.altText()).isEqualTo("Ultrasound loop");
    assertThat(after.hashtags()).isEqualTo(before.hashtags());
    assertThat(after.contentWarning()).isEqualTo("Medical imaging");
    assertThat(after.isAttested()).isTrue();
    assertThat(after.platforms()).containsExactly(Platform.OUTBOX);
    assertThat(after.isReviewConfirmed()).isFalse();
  }

  @Test
  void anUncheckedCaptionStaysUnchecked() {
    ReviewModel before = ClipModels.of(clip(Verdict.PASS, "none"), null);
    before.setCaption("typed but not checked yet");
    ReviewModel after = ClipModels.of(clip(Verdict.PASS, "none"), before);
    assertThat(after.isCaptionChecked()).isFalse();
    assertThat(after.blockers()).contains(PostBlocker.CAPTION_NOT_CHECKED);
  }
}
