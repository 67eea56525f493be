/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.compose.TextCounter;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.ScanReport;

/**
 * Everything the review dialog shows and decides, for one captured image: the scan report, the
 * redaction plan, the caption and its findings, the post's other fields, and whether Post is
 * allowed. Mutable and confined to one thread (the dialog's event thread).
 *
 * <p>The verdict starts from the scan report and only gets stricter: a PHI region the radiologist
 * un-redacts blocks the share, unknown text left visible needs review, and any caption finding
 * blocks. Caption findings arrive asynchronously and are accepted only for the caption they were
 * computed for, so a stale result can never clear a newer caption.
 */
public final class ReviewModel {

  /** Reason codes added by the review (the scan report's own codes come from core's policy). */
  public static final String PHI_SHOWN = "review.phi-shown";

  public static final String UNKNOWN_SHOWN = "review.unknown-text-shown";
  public static final String CAPTION_PHI = "caption.phi";

  private final ScanReport report;
  private final RedactionPlan plan;
  private String caption = "";
  private String checkedCaption;
  private List<CaptionFinding> captionFindings = List.of();
  private String altText = "";
  private String contentWarning = "";
  private String hashtags = "";
  private boolean attested;
  private boolean reviewConfirmed;
  private final EnumSet<Platform> platforms = EnumSet.noneOf(Platform.class);

  /** A review of a {@code width}×{@code height} capture scanned with an empty caption. */
  public ReviewModel(int width, int height, ScanReport report) {
    this.report = Objects.requireNonNull(report, "report");
    this.plan = new RedactionPlan(width, height, report.regions());
    setCaptionFindings(caption, report.captionFindings());
  }

  public ScanReport report() {
    return report;
  }

  public RedactionPlan plan() {
    return plan;
  }

  /** Sets the caption; it counts as unchecked until its findings arrive. */
  public void setCaption(String text) {
    caption = text == null ? "" : text;
  }

  public String caption() {
    return caption;
  }

  /**
   * Accepts the findings computed for {@code forCaption}.
   *
   * @return false (and nothing changes) when the caption has changed since
   */
  public boolean setCaptionFindings(String forCaption, List<CaptionFinding> findings) {
    if (!caption.equals(forCaption)) {
      return false;
    }
    checkedCaption = forCaption;
    captionFindings = List.copyOf(findings);
    return true;
  }

  public boolean isCaptionChecked() {
    return caption.equals(checkedCaption);
  }

  public List<CaptionFinding> captionFindings() {
    return captionFindings;
  }

  public void setAltText(String text) {
    altText = text == null ? "" : text;
  }

  public String altText() {
    return altText;
  }

  /** The content warning text; blank for none. */
  public void setContentWarning(String text) {
    contentWarning = text == null ? "" : text;
  }

  public String contentWarning() {
    return contentWarning;
  }

  public void setHashtags(String typed) {
    hashtags = typed == null ? "" : typed;
  }

  public List<String> hashtags() {
    return Hashtags.parse(hashtags);
  }

  public void setAttested(boolean value) {
    attested = value;
  }

  public boolean isAttested() {
    return attested;
  }

  /** The radiologist's explicit "I have reviewed this" for a REVIEW verdict. */
  public void setReviewConfirmed(boolean value) {
    reviewConfirmed = value;
  }

  public boolean isReviewConfirmed() {
    return reviewConfirmed;
  }

  public void setPlatform(Platform platform, boolean chosen) {
    if (chosen) {
      platforms.add(platform);
    } else {
      platforms.remove(platform);
    }
  }

  public Set<Platform> platforms() {
    return EnumSet.copyOf(platforms);
  }

  /** The post's text as it will be sent: caption, a blank line, then the hashtags. */
  public String postText() {
    String tags = Hashtags.render(hashtags());
    if (tags.isEmpty()) {
      return caption.strip();
    }
    return caption.isBlank() ? tags : caption.strip() + "\n\n" + tags;
  }

  /**
   * Characters left on {@code platform}, counted the platform's way by the connectors' {@link
   * TextCounter} (Mastodon also counts the content warning).
   */
  public int remaining(Platform platform) {
    return TextCounter.remaining(
        contentWarning.strip(), postText(), PlatformLimits.defaultsFor(platform));
  }

  /** The most characters a post may have on {@code platform}, as it counts them. */
  public int limit(Platform platform) {
    return PlatformLimits.defaultsFor(platform).maxTextLength();
  }

  /** Why the share is rated as it is: the scan's reasons plus what the review changed. */
  public List<Reason> reasons() {
    List<Reason> reasons = new ArrayList<>();
    for (Reason r : report.reasons()) {
      if (!r.code().startsWith("caption.")) {
        reasons.add(r);
      }
    }
    for (TextRegion r : plan.exposedRegions()) {
      if (r.classification() == RegionClass.PHI) {
        reasons.add(
            new Reason(PHI_SHOWN, Verdict.BLOCK, "A region with patient data is not redacted."));
      } else {
        reasons.add(
            new Reason(UNKNOWN_SHOWN, Verdict.REVIEW, "Unrecognised text is not redacted."));
      }
    }
    if (!captionFindings.isEmpty()) {
      reasons.add(
          new Reason(
              CAPTION_PHI,
              Verdict.BLOCK,
              "The caption contains patient data (" + captionFindings.size() + ")."));
    }
    return reasons;
  }

  /** The verdict now: never less strict than the scan's, stricter as the review exposes more. */
  public Verdict verdict() {
    Verdict v = report.verdict();
    for (Reason r : reasons()) {
      v = v.max(r.floor());
    }
    return v;
  }

  /**
   * Everything that keeps Post disabled; empty when the share may be posted. A PASS needs no
   * separate attestation (pressing Post, beside the sentence saying so, is the attestation); a
   * REVIEW's one confirmation names what was checked and attests it.
   */
  public Set<PostBlocker> blockers() {
    Set<PostBlocker> out = EnumSet.noneOf(PostBlocker.class);
    Verdict v = verdict();
    if (v == Verdict.BLOCK) {
      out.add(PostBlocker.VERDICT_BLOCKED);
    } else if (v == Verdict.REVIEW && !reviewConfirmed) {
      out.add(PostBlocker.REVIEW_NOT_CONFIRMED);
    }
    if (!isCaptionChecked()) {
      out.add(PostBlocker.CAPTION_NOT_CHECKED);
    }
    if (altText.isBlank()) {
      out.add(PostBlocker.ALT_TEXT_MISSING);
    }
    if (!attested && v != Verdict.PASS && !reviewConfirmed) {
      out.add(PostBlocker.NOT_ATTESTED);
    }
    if (platforms.isEmpty()) {
      out.add(PostBlocker.NO_PLATFORM);
    }
    if (platforms.stream().anyMatch(p -> remaining(p) < 0)) {
      out.add(PostBlocker.TEXT_TOO_LONG);
    }
    return out;
  }

  public boolean canPost() {
    return blockers().isEmpty();
  }

  /**
   * The approved share.
   *
   * @throws IllegalStateException when Post is not allowed
   */
  public ShareDraft draft() {
    Set<PostBlocker> blockers = blockers();
    if (!blockers.isEmpty()) {
      throw new IllegalStateException("cannot post yet: " + blockers);
    }
    return new ShareDraft(
        postText(),
        caption.strip(),
        hashtags(),
        altText.strip(),
        contentWarning.strip(),
        List.copyOf(platforms),
        reviewConfirmed);
  }
}
