/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.List;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipReport;
import org.radshare.core.cine.FrameRegion;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.share.ScanReport;

/**
 * Core's review rules for a clip: a {@link ReviewModel} over the clip's verdict and reasons, so
 * that the caption, alt text, platforms, confirmation and attestation follow exactly the rules of a
 * still. The clip's mask is the redaction (edited in {@link ClipReviewPanel}), so the model holds
 * no regions to toggle. Each check of the clip gives a new model that carries over what the
 * radiologist typed, but never their REVIEW confirmation: they confirm what they last saw.
 */
final class ClipModels {

  private ClipModels() {}

  /** The model for {@code clip}'s check, with the fields of {@code before} (may be null). */
  static ReviewModel of(CheckedClip clip, ReviewModel before) {
    ClipReport r = clip.report();
    ScanReport report =
        new ScanReport(
            r.verdict(),
            r.reasons(),
            List.of(),
            List.of(),
            r.residual().stream().map(FrameRegion::region).toList(),
            r.elapsedMillis());
    ReviewModel model = new ReviewModel(1, 1, report);
    if (before != null) {
      model.setCaption(before.caption());
      if (before.isCaptionChecked()) {
        model.setCaptionFindings(before.caption(), before.captionFindings());
      }
      model.setAltText(before.altText());
      model.setContentWarning(before.contentWarning());
      model.setHashtags(org.radshare.core.review.Hashtags.render(before.hashtags()));
      model.setAttested(before.isAttested());
      before.platforms().forEach(p -> model.setPlatform(p, true));
    }
    return model;
  }
}
