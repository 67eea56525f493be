package org.radshare.plugin.post;

import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.PublishRequest;
import org.radshare.plugin.review.Justification;

/**
 * Turns what the radiologist approved in a review window into the fields of core's publish request
 * (shared by stills and clips): hashtags, content warning, the REVIEW confirmation with its
 * justification, or the justified override of a BLOCK.
 */
final class Requests {

  private Requests() {}

  static PublishRequest of(PublishRequest base, ShareDraft draft, Justification justification) {
    PublishRequest request =
        base.withHashtags(draft.hashtags()).withContentWarning(draft.contentWarning());
    if (justification.overridesBlock()) {
      return request.overridingBlock(justification.text());
    }
    // The dialog lets a REVIEW share through only after the explicit confirmation; the policy's
    // justification rule applies to what was typed.
    return draft.reviewConfirmed() ? request.confirmingReview(justification.text()) : request;
  }
}
