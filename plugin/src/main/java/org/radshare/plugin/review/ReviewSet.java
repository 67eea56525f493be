/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.connect.Platform;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.ScanReport;
import org.radshare.plugin.Messages;

/**
 * The review of the one to four images of a post. Each image has its own {@link ReviewModel} (its
 * scan, regions, redactions, crop and alt text); what belongs to the post (caption and its
 * findings, hashtags, content warning, platforms, attestation, the REVIEW confirmation) is set on
 * every image alike, so each image's own rules still decide whether it may go.
 *
 * <p>For the verdict panel, several images are summed up in one more {@link ReviewModel}: the worst
 * verdict, every image's reasons prefixed with its number, and the blockers of them all (alt text
 * counts as missing while any image lacks it). One image is shown as itself, unchanged. Confined to
 * the event thread, like the models.
 */
final class ReviewSet {

  private final List<ReviewModel> images;
  private int current;
  private String caption = "";
  private List<CaptionFinding> captionFindings = List.of();
  private boolean captionChecked = true;
  private String hashtags = "";
  private String contentWarning = "";
  private ReviewModel summary;

  ReviewSet(List<ReviewModel> images) {
    if (images.isEmpty()) {
      throw new IllegalArgumentException("a post needs at least one image");
    }
    this.images = List.copyOf(images);
  }

  int size() {
    return images.size();
  }

  ReviewModel image(int index) {
    return images.get(index);
  }

  List<ReviewModel> images() {
    return images;
  }

  int currentIndex() {
    return current;
  }

  ReviewModel current() {
    return images.get(current);
  }

  void select(int index) {
    Objects.checkIndex(index, images.size());
    current = index;
  }

  void setCaption(String text) {
    caption = text == null ? "" : text;
    captionChecked = false;
    all(m -> m.setCaption(caption));
  }

  /**
   * Accepts the findings computed for {@code forCaption} (over every image's header).
   *
   * @return false (and nothing changes) when the caption has changed since
   */
  boolean setCaptionFindings(String forCaption, List<CaptionFinding> findings) {
    if (!caption.equals(forCaption)) {
      return false;
    }
    for (ReviewModel m : images) {
      m.setCaptionFindings(forCaption, findings);
    }
    captionFindings = List.copyOf(findings);
    captionChecked = true;
    return true;
  }

  void setHashtags(String typed) {
    hashtags = typed == null ? "" : typed;
    all(m -> m.setHashtags(hashtags));
  }

  void setContentWarning(String text) {
    contentWarning = text == null ? "" : text;
    all(m -> m.setContentWarning(contentWarning));
  }

  void setAttested(boolean value) {
    all(m -> m.setAttested(value));
  }

  void setPlatform(Platform platform, boolean chosen) {
    all(m -> m.setPlatform(platform, chosen));
  }

  /** The explicit REVIEW confirmation covers every image of the post. */
  void setReviewConfirmed(boolean value) {
    all(m -> m.setReviewConfirmed(value));
  }

  /** What the verdict panel and the platform preview show (see the class comment). */
  ReviewModel verdictModel() {
    if (images.size() == 1) {
      return images.get(0);
    }
    summary = summarize();
    return summary;
  }

  /** Post is allowed only when every image may be posted. */
  boolean canPost() {
    return images.stream().allMatch(ReviewModel::canPost) && verdictModel().canPost();
  }

  /**
   * The approved post; each image's alt text travels in {@link #altTexts()}.
   *
   * @throws IllegalStateException when Post is not allowed
   */
  ShareDraft draft() {
    if (!canPost()) {
      throw new IllegalStateException("cannot post yet");
    }
    images.forEach(ReviewModel::draft); // each image's own rules, once more
    return images.get(0).draft();
  }

  /** Each image's alt text, in image order. */
  List<String> altTexts() {
    return images.stream().map(m -> m.altText().strip()).toList();
  }

  private void all(Consumer<ReviewModel> change) {
    images.forEach(change);
  }

  private ReviewModel summarize() {
    Verdict worst = Verdict.PASS;
    List<Reason> reasons = new ArrayList<>();
    long elapsed = 0;
    for (int i = 0; i < images.size(); i++) {
      ReviewModel m = images.get(i);
      worst = worst.max(m.verdict());
      elapsed += m.report().elapsedMillis();
      for (Reason r : m.reasons()) {
        if (!r.code().startsWith("caption.")) { // the caption is the post's: reported once
          reasons.add(
              new Reason(
                  "image-" + (i + 1) + "." + r.code(),
                  r.floor(),
                  Messages.format("review.imageReason", i + 1, Reasons.describe(r))));
        }
      }
    }
    ReviewModel first = images.get(0);
    ReviewModel s =
        new ReviewModel(
            first.plan().width(),
            first.plan().height(),
            new ScanReport(worst, reasons, List.of(), List.of(), List.of(), elapsed));
    s.setCaption(caption);
    if (captionChecked) {
      s.setCaptionFindings(caption, captionFindings);
    }
    s.setHashtags(hashtags);
    s.setContentWarning(contentWarning);
    s.setAttested(first.isAttested());
    s.setReviewConfirmed(first.isReviewConfirmed());
    first.platforms().forEach(p -> s.setPlatform(p, true));
    boolean everyAltText = images.stream().noneMatch(m -> m.altText().isBlank());
    s.setAltText(everyAltText ? first.altText() : "");
    return s;
  }
}
