package org.radshare.core.share;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the radiologist asked to post and what they confirmed: the capture and caption, alt text for
 * the image, hashtags and link, and their answers to the gates (REVIEW confirmed, BLOCK overridden
 * with a typed justification where the department allows it).
 *
 * @param account the account handle to post as (a staff or department account)
 * @param overrideJustification typed reason for overriding a BLOCK, screened like a caption
 * @param contentWarning the user's own warning; empty for the department's default
 */
public record PublishRequest(
    ShareInput input,
    String altText,
    String account,
    List<String> hashtags,
    Optional<String> link,
    boolean reviewConfirmed,
    String reviewJustification,
    Optional<String> overrideJustification,
    Optional<String> contentWarning) {

  public PublishRequest {
    Objects.requireNonNull(input, "input");
    altText = altText == null ? "" : altText.strip();
    account = account == null ? "" : account.strip();
    hashtags = List.copyOf(hashtags);
    Objects.requireNonNull(link, "link");
    reviewJustification = reviewJustification == null ? "" : reviewJustification.strip();
    Objects.requireNonNull(overrideJustification, "overrideJustification");
    contentWarning = contentWarning.map(String::strip).filter(w -> !w.isEmpty());
  }

  /** A request with no link, no override and REVIEW not confirmed. */
  public static PublishRequest of(ShareInput input, String altText, String account) {
    return new PublishRequest(
        input,
        altText,
        account,
        List.of(),
        Optional.empty(),
        false,
        "",
        Optional.empty(),
        Optional.empty());
  }

  public PublishRequest confirmingReview(String justification) {
    return with(hashtags, true, justification, contentWarning);
  }

  public PublishRequest withHashtags(List<String> tags) {
    return with(tags, reviewConfirmed, reviewJustification, contentWarning);
  }

  /** The same request with the user's own content warning (blank keeps the department's). */
  public PublishRequest withContentWarning(String warning) {
    return with(hashtags, reviewConfirmed, reviewJustification, Optional.ofNullable(warning));
  }

  private PublishRequest with(
      List<String> tags, boolean confirmed, String justification, Optional<String> warning) {
    return new PublishRequest(
        input,
        altText,
        account,
        tags,
        link,
        confirmed,
        justification,
        overrideJustification,
        warning);
  }
}
