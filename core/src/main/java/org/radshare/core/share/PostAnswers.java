/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the radiologist added to a post and answered at its gates, the same for stills and clips:
 * hashtags, a link, the content warning, REVIEW confirmed with its justification, and a BLOCK
 * overridden with a typed justification where the department allows it.
 *
 * @param hashtags tags to add, with or without the leading {@code #}
 * @param reviewJustification why a REVIEW verdict is safe to post, screened like a caption
 * @param overrideJustification typed reason for overriding a BLOCK, screened like a caption
 * @param contentWarning the user's own warning; empty for the department's default
 */
public record PostAnswers(
    List<String> hashtags,
    Optional<String> link,
    boolean reviewConfirmed,
    String reviewJustification,
    Optional<String> overrideJustification,
    Optional<String> contentWarning) {

  /** No tags, link or warning of the user's own; REVIEW not confirmed, BLOCK not overridden. */
  public static final PostAnswers NONE =
      new PostAnswers(List.of(), Optional.empty(), false, "", Optional.empty(), Optional.empty());

  public PostAnswers {
    hashtags = List.copyOf(hashtags);
    Objects.requireNonNull(link, "link");
    reviewJustification = reviewJustification == null ? "" : reviewJustification.strip();
    Objects.requireNonNull(overrideJustification, "overrideJustification");
    contentWarning = contentWarning.map(String::strip).filter(w -> !w.isEmpty());
  }

  /** REVIEW confirmed, with why it is safe. */
  public PostAnswers confirmingReview(String justification) {
    return new PostAnswers(
        hashtags, link, true, justification, overrideJustification, contentWarning);
  }

  /** A BLOCK verdict overridden with a typed justification (policy permitting). */
  public PostAnswers overridingBlock(String justification) {
    return new PostAnswers(
        hashtags,
        link,
        reviewConfirmed,
        reviewJustification,
        Optional.ofNullable(justification),
        contentWarning);
  }

  public PostAnswers withHashtags(List<String> tags) {
    return new PostAnswers(
        tags, link, reviewConfirmed, reviewJustification, overrideJustification, contentWarning);
  }

  /** The user's own content warning (blank keeps the department's). */
  public PostAnswers withContentWarning(String warning) {
    return new PostAnswers(
        hashtags,
        link,
        reviewConfirmed,
        reviewJustification,
        overrideJustification,
        Optional.ofNullable(warning));
  }
}
