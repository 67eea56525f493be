/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.util.List;
import java.util.Objects;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.encode.video.VideoFormat;

/**
 * What the radiologist asked to post as a clip: the clip as it was checked (its caption is the
 * post's text), alt text describing it, the encoding, the account, and their additions and answers
 * at the gates, as for a still ({@link PostAnswers}).
 *
 * @param input the clip given to {@link org.radshare.core.cine.ClipService#check}; its caption and
 *     header are checked again when publishing, so a caption edited after the check is refused
 * @param format MP4 (H.264) or animated GIF
 * @param account the account handle to post as
 */
public record ClipPublishRequest(
    ClipInput input, String altText, VideoFormat format, String account, PostAnswers answers) {

  public ClipPublishRequest {
    Objects.requireNonNull(input, "input");
    altText = altText == null ? "" : altText.strip();
    Objects.requireNonNull(format, "format");
    account = account == null ? "" : account.strip();
    Objects.requireNonNull(answers, "answers");
  }

  /** A request with no tags, link or override, and REVIEW not confirmed. */
  public static ClipPublishRequest of(
      ClipInput input, String altText, VideoFormat format, String account) {
    return new ClipPublishRequest(input, altText, format, account, PostAnswers.NONE);
  }

  /** The same request with other answers. */
  public ClipPublishRequest withAnswers(PostAnswers other) {
    return new ClipPublishRequest(input, altText, format, account, other);
  }

  public ClipPublishRequest confirmingReview(String justification) {
    return withAnswers(answers.confirmingReview(justification));
  }

  /** The same request overriding a BLOCK verdict with a typed justification (policy permitting). */
  public ClipPublishRequest overridingBlock(String justification) {
    return withAnswers(answers.overridingBlock(justification));
  }

  public ClipPublishRequest withHashtags(List<String> tags) {
    return withAnswers(answers.withHashtags(tags));
  }

  /** The same request with the user's own content warning (blank keeps the department's). */
  public ClipPublishRequest withContentWarning(String warning) {
    return withAnswers(answers.withContentWarning(warning));
  }
}
