/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.util.List;
import java.util.Objects;

/**
 * What the radiologist asked to post: one to four images (each with its own alt text), one caption
 * for the post, the account, and their additions and answers at the gates ({@link PostAnswers}).
 * The number of images is checked when publishing (more than {@link
 * org.radshare.core.connect.PlatformLimits#MAX_IMAGES_PER_POST} is refused), not here.
 *
 * @param images the images in posting order; at least one
 * @param caption the post's text, checked once against the headers of every image
 * @param account the account handle to post as (a staff or department account)
 */
public record PublishRequest(
    List<PostImage> images, String caption, String account, PostAnswers answers) {

  public PublishRequest {
    images = List.copyOf(images);
    if (images.isEmpty()) {
      throw new IllegalArgumentException("A post needs at least one image.");
    }
    caption = caption == null ? "" : caption;
    account = account == null ? "" : account.strip();
    Objects.requireNonNull(answers, "answers");
  }

  /**
   * A one-image request (the caption is {@code input.caption()}) with no link, no override and
   * REVIEW not confirmed.
   */
  public static PublishRequest of(ShareInput input, String altText, String account) {
    return of(
        List.of(new PostImage(input.image(), input.header(), altText)), input.caption(), account);
  }

  /**
   * A request for several images and one caption, with no link, no override, REVIEW unconfirmed.
   */
  public static PublishRequest of(List<PostImage> images, String caption, String account) {
    return new PublishRequest(images, caption, account, PostAnswers.NONE);
  }

  /** The first (or only) image with the caption, as the checks take it. */
  public ShareInput input() {
    return images.get(0).input(caption);
  }

  /** The alt text of the first (or only) image. */
  public String altText() {
    return images.get(0).altText();
  }

  /** The same request with other answers. */
  public PublishRequest withAnswers(PostAnswers other) {
    return new PublishRequest(images, caption, account, other);
  }

  public PublishRequest confirmingReview(String justification) {
    return withAnswers(answers.confirmingReview(justification));
  }

  /** The same request overriding a BLOCK verdict with a typed justification (policy permitting). */
  public PublishRequest overridingBlock(String justification) {
    return withAnswers(answers.overridingBlock(justification));
  }

  public PublishRequest withHashtags(List<String> tags) {
    return withAnswers(answers.withHashtags(tags));
  }

  /** The same request with the user's own content warning (blank keeps the department's). */
  public PublishRequest withContentWarning(String warning) {
    return withAnswers(answers.withContentWarning(warning));
  }
}
