/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.connect.Platform;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.ScanReport;

class ReviewModelTest {

  private static final TextRegion NAME = region(10, 10, 80, 12, RegionClass.PHI);
  private static final TextRegion UNKNOWN = region(10, 40, 30, 10, RegionClass.UNKNOWN_TEXT);
  private static final TextRegion LEFT = region(150, 90, 8, 10, RegionClass.BENIGN);

  private static TextRegion region(int x, int y, int w, int h, RegionClass c) {
    return new TextRegion(
        new Box(x, y, w, h),
        "t",
        0.9,
        c,
        c == RegionClass.PHI ? List.of("PatientName") : List.of(),
        TextRegion.Source.OCR);
  }

  private static ScanReport report(Verdict verdict, Reason... reasons) {
    return new ScanReport(
        verdict, List.of(reasons), List.of(NAME, UNKNOWN, LEFT), List.of(), List.of(), 5);
  }

  private static ReviewModel ready(ScanReport report) {
    ReviewModel m = new ReviewModel(200, 100, report);
    m.setAltText("Axial CT of the chest");
    m.setAttested(true);
    m.setPlatform(Platform.MASTODON, true);
    return m;
  }

  @Test
  void aCleanReviewedShareCanBePosted() {
    ReviewModel m = ready(report(Verdict.PASS));
    assertThat(m.verdict()).isEqualTo(Verdict.PASS);
    assertThat(m.blockers()).isEmpty();
    assertThat(m.draft().platforms()).containsExactly(Platform.MASTODON);
  }

  @Test
  void everyRequirementIsABlockerUntilMet() {
    ReviewModel m = new ReviewModel(200, 100, report(Verdict.PASS));
    assertThat(m.blockers())
        .containsExactlyInAnyOrder(PostBlocker.ALT_TEXT_MISSING, PostBlocker.NO_PLATFORM);
    assertThatThrownBy(m::draft).isInstanceOf(IllegalStateException.class);
    m.setAltText("   ");
    assertThat(m.blockers()).contains(PostBlocker.ALT_TEXT_MISSING);
  }

  @Test
  void passNeedsNoSeparateAttestationButReviewIsAttestedByItsOneConfirmation() {
    ReviewModel pass = new ReviewModel(200, 100, report(Verdict.PASS));
    pass.setAltText("Axial CT of the chest");
    pass.setPlatform(Platform.MASTODON, true);
    assertThat(pass.blockers()).isEmpty();

    ReviewModel review = new ReviewModel(200, 100, report(Verdict.PASS));
    review.setAltText("Axial CT of the chest");
    review.setPlatform(Platform.MASTODON, true);
    review.plan().toggle(1); // unreadable text left visible: REVIEW
    assertThat(review.blockers())
        .containsExactlyInAnyOrder(PostBlocker.REVIEW_NOT_CONFIRMED, PostBlocker.NOT_ATTESTED);
    review.setReviewConfirmed(true);
    assertThat(review.blockers()).isEmpty();
  }

  @Test
  void unredactingPhiBlocksAndUnknownTextNeedsReview() {
    ReviewModel m = ready(report(Verdict.PASS));
    m.plan().toggle(1);
    assertThat(m.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(m.blockers()).containsExactly(PostBlocker.REVIEW_NOT_CONFIRMED);
    m.setReviewConfirmed(true);
    assertThat(m.canPost()).isTrue();

    m.plan().toggle(0);
    assertThat(m.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(m.reasons()).extracting(Reason::code).contains(ReviewModel.PHI_SHOWN);
    assertThat(m.blockers()).contains(PostBlocker.VERDICT_BLOCKED);
    m.plan().toggle(0);
    assertThat(m.verdict()).isEqualTo(Verdict.REVIEW);
  }

  @Test
  void theVerdictNeverDropsBelowTheScans() {
    ReviewModel m =
        ready(report(Verdict.BLOCK, new Reason("header.document", Verdict.BLOCK, "PDF")));
    m.plan().addManualBox(new Box(0, 0, 200, 100));
    assertThat(m.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(m.canPost()).isFalse();
  }

  @Test
  void croppingAwayAnUnredactedRegionNoLongerExposesIt() {
    ReviewModel m = ready(report(Verdict.PASS));
    m.plan().toggle(0);
    assertThat(m.verdict()).isEqualTo(Verdict.BLOCK);
    m.plan().setCrop(new Box(100, 30, 100, 70));
    assertThat(m.plan().exposedRegions()).isEmpty();
    assertThat(m.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void captionFindingsBlockAndStaleResultsAreIgnored() {
    ReviewModel m = ready(report(Verdict.PASS));
    m.setCaption("Findings for John Doe");
    assertThat(m.blockers()).containsExactly(PostBlocker.CAPTION_NOT_CHECKED);

    m.setCaption("Findings for John Doe today");
    boolean accepted =
        m.setCaptionFindings("Findings for John Doe", List.of()); // answer to an older caption
    assertThat(accepted).isFalse();
    assertThat(m.isCaptionChecked()).isFalse();

    m.setCaptionFindings(
        "Findings for John Doe today",
        List.of(new CaptionFinding(13, 21, "John Doe", "PatientName")));
    assertThat(m.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(m.reasons()).extracting(Reason::code).contains(ReviewModel.CAPTION_PHI);

    m.setCaption("Classic pneumothorax");
    m.setCaptionFindings("Classic pneumothorax", List.of());
    assertThat(m.canPost()).isTrue();
  }

  @Test
  void captionReasonsOfTheInitialScanAreReplacedByLiveOnes() {
    ReviewModel m =
        ready(report(Verdict.BLOCK, new Reason("caption.phi", Verdict.BLOCK, "old caption")));
    assertThat(m.verdict()).isEqualTo(Verdict.BLOCK); // never below the scan's verdict
    assertThat(m.reasons()).extracting(Reason::code).doesNotContain("caption.phi");
  }

  @Test
  void postTextJoinsCaptionAndHashtagsAndTooLongTextBlocks() {
    ReviewModel m = ready(report(Verdict.PASS));
    m.setCaption("  Tension pneumothorax ");
    m.setHashtags("#radiology, FOAMrad #radiology 123");
    assertThat(m.postText()).isEqualTo("Tension pneumothorax\n\n#radiology #FOAMrad");
    m.setCaptionFindings(m.caption(), List.of());

    m.setPlatform(Platform.X, true);
    m.setCaption("x".repeat(300));
    m.setCaptionFindings(m.caption(), List.of());
    assertThat(m.remaining(Platform.X)).isNegative();
    assertThat(m.blockers()).containsExactly(PostBlocker.TEXT_TOO_LONG);
  }

  @Test
  void mastodonCountsTheContentWarning() {
    ReviewModel m = ready(report(Verdict.PASS));
    m.setCaption("abc");
    m.setContentWarning("Medical image");
    assertThat(m.remaining(Platform.MASTODON)).isEqualTo(500 - 3 - 13);
    assertThat(m.remaining(Platform.BLUESKY)).isEqualTo(300 - 3);
    m.setCaptionFindings("abc", List.of());
    assertThat(m.draft().hasContentWarning()).isTrue();
  }

  @Test
  void remainingIsCountedThePlatformsWay() {
    ReviewModel m = ready(report(Verdict.PASS));
    String link = "See https://example.org/a/very/long/path/to/a/case/report/12345 now";
    m.setCaption(link);
    assertThat(m.remaining(Platform.MASTODON)).isEqualTo(500 - (4 + 23 + 4));
    assertThat(m.remaining(Platform.X)).isEqualTo(280 - (4 + 23 + 4));
    assertThat(m.remaining(Platform.BLUESKY)).isEqualTo(300 - link.length());
    m.setCaption("肺炎 e\u0301");
    assertThat(m.remaining(Platform.X)).isEqualTo(280 - (4 + 1 + 1));
    assertThat(m.remaining(Platform.BLUESKY)).isEqualTo(300 - 4);
    assertThat(m.remaining(Platform.LINKEDIN)).isEqualTo(3000 - 5);
    assertThat(m.limit(Platform.X)).isEqualTo(280);
  }
}
