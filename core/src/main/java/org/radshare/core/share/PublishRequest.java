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
 */
public record PublishRequest(
    ShareInput input,
    String altText,
    String account,
    List<String> hashtags,
    Optional<String> link,
    boolean reviewConfirmed,
    String reviewJustification,
    Optional<String> overrideJustification) {

  public PublishRequest {
    Objects.requireNonNull(input, "input");
    altText = altText == null ? "" : altText.strip();
    account = account == null ? "" : account.strip();
    hashtags = List.copyOf(hashtags);
    Objects.requireNonNull(link, "link");
    reviewJustification = reviewJustification == null ? "" : reviewJustification.strip();
    Objects.requireNonNull(overrideJustification, "overrideJustification");
  }

  /** A request with no link, no override and REVIEW not confirmed. */
  public static PublishRequest of(ShareInput input, String altText, String account) {
    return new PublishRequest(
        input, altText, account, List.of(), Optional.empty(), false, "", Optional.empty());
  }

  public PublishRequest confirmingReview(String justification) {
    return new PublishRequest(
        input, altText, account, hashtags, link, true, justification, overrideJustification);
  }

  public PublishRequest withHashtags(List<String> tags) {
    return new PublishRequest(
        input,
        altText,
        account,
        tags,
        link,
        reviewConfirmed,
        reviewJustification,
        overrideJustification);
  }
}
