/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.connect.Platform;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.PostBlocker;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.share.ScanReport;

/**
 * Several images in one post: each keeps its own regions and alt text, the post's fields go to all,
 * and what is shown is the worst image with every image's reasons and every image's blockers.
 */
class ReviewSetTest {

  private static ReviewModel image() {
    return new ReviewModel(
        400,
        300,
        new ScanReport(
            Verdict.PASS,
            List.of(),
            List.of(FakeBackend.NAME, FakeBackend.MARKER, FakeBackend.SMUDGE),
            List.of(),
            List.of(),
            5));
  }

  /** Both images otherwise ready: caption checked, a platform, attested, alt text on the first. */
  private static ReviewSet readyButSecondAltText() {
    ReviewSet set = new ReviewSet(List.of(image(), image()));
    set.setCaption("Classic case");
    set.setCaptionFindings("Classic case", List.of());
    set.setPlatform(Platform.MASTODON, true);
    set.setAttested(true);
    set.image(0).setAltText("Axial CT");
    return set;
  }

  @Test
  void oneImageIsShownAsItself() {
    ReviewModel only = image();
    ReviewSet set = new ReviewSet(List.of(only));
    assertThat(set.verdictModel()).isSameAs(only);
    set.setHashtags("#radiology");
    assertThat(only.hashtags()).containsExactly("radiology");
  }

  @Test
  void postWaitsForTheAltTextOfEveryImage() {
    ReviewSet set = readyButSecondAltText();
    assertThat(set.image(0).canPost()).isTrue();
    assertThat(set.verdictModel().blockers()).containsExactly(PostBlocker.ALT_TEXT_MISSING);
    assertThat(set.canPost()).isFalse();

    set.select(1);
    set.current().setAltText("Coronal CT");
    assertThat(set.canPost()).isTrue();
    assertThat(set.altTexts()).containsExactly("Axial CT", "Coronal CT");
    assertThat(set.draft().text()).isEqualTo("Classic case");
  }

  @Test
  void theWorstImageSetsTheVerdictAndEachImageGivesItsReasons() {
    ReviewSet set = readyButSecondAltText();
    set.image(1).setAltText("Coronal CT");
    set.image(1).plan().toggle(0); // un-redact the name on image 2 only
    set.image(0).plan().toggle(2); // keep the smudge on image 1

    ReviewModel shown = set.verdictModel();
    assertThat(set.image(0).verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(set.image(1).verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(shown.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(shown.reasons())
        .extracting(Reason::message)
        .containsExactly(
            "Image 1: A region of unreadable text is shown: check it before posting.",
            "Image 2: A region with patient data is not blacked out: black it out to post.");
    assertThat(shown.blockers()).containsExactly(PostBlocker.VERDICT_BLOCKED);
    assertThat(set.canPost()).isFalse();
    assertThatThrownBy(set::draft).isInstanceOf(IllegalStateException.class);

    set.image(1).plan().toggle(0); // redact it again: REVIEW, confirmed once for the post
    assertThat(set.verdictModel().blockers()).containsExactly(PostBlocker.REVIEW_NOT_CONFIRMED);
    set.setReviewConfirmed(true);
    assertThat(set.image(0).isReviewConfirmed()).isTrue();
    assertThat(set.image(1).isReviewConfirmed()).isTrue();
    assertThat(set.canPost()).isTrue();
    assertThat(set.draft().reviewConfirmed()).isTrue();
  }

  @Test
  void aCaptionNamingThePatientBlocksEveryImageAndIsReportedOnce() {
    ReviewSet set = readyButSecondAltText();
    set.image(1).setAltText("Coronal CT");
    set.setCaption("Thanks John Doe");
    assertThat(set.verdictModel().blockers()).contains(PostBlocker.CAPTION_NOT_CHECKED);
    assertThat(set.setCaptionFindings("Thanks John", List.of())).as("stale result").isFalse();

    CaptionFinding name = new CaptionFinding(7, 15, "John Doe", "PatientName");
    assertThat(set.setCaptionFindings("Thanks John Doe", List.of(name))).isTrue();
    assertThat(set.image(0).verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(set.image(1).verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(set.verdictModel().reasons())
        .extracting(Reason::code)
        .containsExactly(ReviewModel.CAPTION_PHI);
    assertThat(set.canPost()).isFalse();
  }
}
