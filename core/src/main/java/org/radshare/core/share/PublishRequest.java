package org.radshare.core.share;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the radiologist asked to post and what they confirmed: one to four images (each with its own
 * alt text) and one caption for the post, hashtags and link, and their answers to the gates (REVIEW
 * confirmed, BLOCK overridden with a typed justification where the department allows it). The
 * number of images is checked when publishing (more than {@link
 * org.radshare.core.connect.PlatformLimits#MAX_IMAGES_PER_POST} is refused), not here.
 *
 * @param images the images in posting order; at least one
 * @param caption the post's text, checked once against the headers of every image
 * @param account the account handle to post as (a staff or department account)
 * @param overrideJustification typed reason for overriding a BLOCK, screened like a caption
 * @param contentWarning the user's own warning; empty for the department's default
 */
public record PublishRequest(
    List<PostImage> images,
    String caption,
    String account,
    List<String> hashtags,
    Optional<String> link,
    boolean reviewConfirmed,
    String reviewJustification,
    Optional<String> overrideJustification,
    Optional<String> contentWarning) {

  public PublishRequest {
    images = List.copyOf(images);
    if (images.isEmpty()) {
      throw new IllegalArgumentException("A post needs at least one image.");
    }
    caption = caption == null ? "" : caption;
    account = account == null ? "" : account.strip();
    hashtags = List.copyOf(hashtags);
    Objects.requireNonNull(link, "link");
    reviewJustification = reviewJustification == null ? "" : reviewJustification.strip();
    Objects.requireNonNull(overrideJustification, "overrideJustification");
    contentWarning = contentWarning.map(String::strip).filter(w -> !w.isEmpty());
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
    return new PublishRequest(
        images,
        caption,
        account,
        List.of(),
        Optional.empty(),
        false,
        "",
        Optional.empty(),
        Optional.empty());
  }

  /** The first (or only) image with the caption, as the checks take it. */
  public ShareInput input() {
    return images.get(0).input(caption);
  }

  /** The alt text of the first (or only) image. */
  public String altText() {
    return images.get(0).altText();
  }

  public PublishRequest confirmingReview(String justification) {
    return with(hashtags, true, justification, overrideJustification, contentWarning);
  }

  /** The same request overriding a BLOCK verdict with a typed justification (policy permitting). */
  public PublishRequest overridingBlock(String justification) {
    return with(
        hashtags,
        reviewConfirmed,
        reviewJustification,
        Optional.ofNullable(justification),
        contentWarning);
  }

  public PublishRequest withHashtags(List<String> tags) {
    return with(tags, reviewConfirmed, reviewJustification, overrideJustification, contentWarning);
  }

  /** The same request with the user's own content warning (blank keeps the department's). */
  public PublishRequest withContentWarning(String warning) {
    return with(
        hashtags,
        reviewConfirmed,
        reviewJustification,
        overrideJustification,
        Optional.ofNullable(warning));
  }

  private PublishRequest with(
      List<String> tags,
      boolean confirmed,
      String justification,
      Optional<String> override,
      Optional<String> warning) {
    return new PublishRequest(
        images, caption, account, tags, link, confirmed, justification, override, warning);
  }
}
