package org.radshare.core.share;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.encode.video.VideoFormat;

/**
 * What the radiologist asked to post as a clip and what they confirmed: the clip as it was checked
 * (its caption is the post's text), alt text describing it, the encoding, hashtags and link, and
 * their answers to the gates, as for a still ({@link PublishRequest}).
 *
 * @param input the clip given to {@link org.radshare.core.cine.ClipService#check}; its caption and
 *     header are checked again when publishing, so a caption edited after the check is refused
 * @param format MP4 (H.264) or animated GIF
 * @param account the account handle to post as
 * @param overrideJustification typed reason for overriding a BLOCK, screened like a caption
 * @param contentWarning the user's own warning; empty for the department's default
 */
public record ClipPublishRequest(
    ClipInput input,
    String altText,
    VideoFormat format,
    String account,
    List<String> hashtags,
    Optional<String> link,
    boolean reviewConfirmed,
    String reviewJustification,
    Optional<String> overrideJustification,
    Optional<String> contentWarning) {

  public ClipPublishRequest {
    Objects.requireNonNull(input, "input");
    altText = altText == null ? "" : altText.strip();
    Objects.requireNonNull(format, "format");
    account = account == null ? "" : account.strip();
    hashtags = List.copyOf(hashtags);
    Objects.requireNonNull(link, "link");
    reviewJustification = reviewJustification == null ? "" : reviewJustification.strip();
    Objects.requireNonNull(overrideJustification, "overrideJustification");
    contentWarning = contentWarning.map(String::strip).filter(w -> !w.isEmpty());
  }

  /** A request with no tags, link or override, and REVIEW not confirmed. */
  public static ClipPublishRequest of(
      ClipInput input, String altText, VideoFormat format, String account) {
    return new ClipPublishRequest(
        input,
        altText,
        format,
        account,
        List.of(),
        Optional.empty(),
        false,
        "",
        Optional.empty(),
        Optional.empty());
  }

  public ClipPublishRequest confirmingReview(String justification) {
    return with(hashtags, true, justification, overrideJustification, contentWarning);
  }

  /** The same request overriding a BLOCK verdict with a typed justification (policy permitting). */
  public ClipPublishRequest overridingBlock(String justification) {
    return with(
        hashtags,
        reviewConfirmed,
        reviewJustification,
        Optional.ofNullable(justification),
        contentWarning);
  }

  public ClipPublishRequest withHashtags(List<String> tags) {
    return with(tags, reviewConfirmed, reviewJustification, overrideJustification, contentWarning);
  }

  /** The same request with the user's own content warning (blank keeps the department's). */
  public ClipPublishRequest withContentWarning(String warning) {
    return with(
        hashtags,
        reviewConfirmed,
        reviewJustification,
        overrideJustification,
        Optional.ofNullable(warning));
  }

  private ClipPublishRequest with(
      List<String> tags,
      boolean confirmed,
      String justification,
      Optional<String> override,
      Optional<String> warning) {
    return new ClipPublishRequest(
        input, altText, format, account, tags, link, confirmed, justification, override, warning);
  }
}
