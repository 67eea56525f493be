/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.post;

import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.PostAnswers;
import org.radshare.plugin.review.Justification;

/**
 * Turns what the radiologist approved in a review window into core's answers for the post (shared
 * by stills and clips): hashtags, content warning, the REVIEW confirmation with its justification,
 * or the justified override of a BLOCK.
 */
final class Requests {

  private Requests() {}

  static PostAnswers answers(ShareDraft draft, Justification justification) {
    PostAnswers answers =
        PostAnswers.NONE.withHashtags(draft.hashtags()).withContentWarning(draft.contentWarning());
    if (justification.overridesBlock()) {
      return answers.overridingBlock(justification.text());
    }
    // The dialog lets a REVIEW share through only after the explicit confirmation; the policy's
    // justification rule applies to what was typed.
    return draft.reviewConfirmed() ? answers.confirmingReview(justification.text()) : answers;
  }
}
