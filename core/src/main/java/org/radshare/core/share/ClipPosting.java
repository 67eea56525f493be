/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.radshare.core.audit.ShareIntent;
import org.radshare.core.caption.CaptionScanner;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipReport;
import org.radshare.core.cine.FrameCoverage;
import org.radshare.core.cine.FrameRegion;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.encode.MetadataFoundException;
import org.radshare.core.encode.video.ClipEncoder;
import org.radshare.core.encode.video.ClipLimits;
import org.radshare.core.encode.video.EncodedClip;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.policy.DepartmentPolicy;

/**
 * Publishes a checked clip with the guarantees of a still: a clip whose frames were not all
 * checked, before and after redaction, never leaves; the department's gates apply to the clip's
 * verdict; the redacted frames are encoded from raw pixels, without metadata, fitted to the
 * platform; the audit intent with the encoded file's hash is on disk before anything is sent.
 */
final class ClipPosting {

  private final DepartmentPolicy policy;
  private final AuditedPost post;

  ClipPosting(DepartmentPolicy policy, AuditedPost post) {
    this.policy = policy;
    this.post = post;
  }

  ClipOutcome publish(ClipPublishRequest request, CheckedClip checked, Connector connector)
      throws IOException {
    ClipReport report = checked.report();
    AuditedPost.Facts facts =
        new AuditedPost.Facts(
            request.account(),
            report.verdict(),
            ShareIntent.findingKindsOf(asScanReport(report)),
            AuditedPost.overrides(report.verdict(), report.reasons(), request.answers()),
            request.input().header(),
            report.reasons(),
            AuditedPost.lexiconOf(request.input().header().stream().toList()));
    String platform = connector.platform().key();
    if (checked.redacted().isPresent()) {
      Optional<String> stale = untrusted(request, checked);
      if (stale.isPresent()) {
        return refused(request, report, facts, platform, "checks.stale", stale.get());
      }
    }
    Optional<String> refusal =
        new PolicyGate(policy)
            .refusal(
                new PolicyGate.Subject(
                    request.account(),
                    List.of(request.altText()),
                    request.input().header().isPresent(),
                    checked.redacted().isPresent(),
                    report.verdict(),
                    report.reasons(),
                    request.answers(),
                    request.input().header().stream().toList()),
                connector.platform().key());
    if (refusal.isPresent()) {
      post.refused(
          connector.platform().key(),
          facts,
          request.input().caption(),
          List.of(request.altText()),
          request.answers(),
          post.gateOf(
              connector.platform().key(), facts, checked.redacted().isPresent(), request.answers()),
          refusal.get());
      return new ClipOutcome.Refused(report, refusal.get(), List.of());
    }
    FrameSet frames = checked.redacted().orElseThrow();
    EncodedClip clip;
    try {
      PlatformLimits limits = connector.limits();
      String mime = request.format().mimeType();
      Optional<String> unsupported = limits.clips().refusal(mime);
      if (unsupported.isPresent()) {
        return refused(request, report, facts, platform, "platform.rules", unsupported.get());
      }
      // The connector may know a tighter cap than the defaults (a Mastodon instance's own).
      ClipLimits fit =
          ClipLimits.of(limits.platform(), request.format())
              .withMaxBytes(limits.clips().maxBytes(mime));
      clip = ClipEncoder.encode(frames.frames(), frames.frameMillis(), request.format(), fit);
    } catch (ConnectorException e) {
      if (!e.isPlatformFailure()) {
        return refused(request, report, facts, platform, "platform.rules", e.getMessage());
      }
      // The platform failed before the clip could be fitted: audited, reported as its failure.
      PostDraft none = post.draft(request.input().caption(), List.of(), request.answers());
      AuditedPost.Sent failed = post.failedBeforeSending(none, connector, facts, e);
      return new ClipOutcome.Failed(
          report, ((AuditedPost.Sent.Failed) failed).message(), List.of());
    } catch (IllegalArgumentException e) {
      return refused(request, report, facts, platform, "platform.rules", e.getMessage());
    } catch (MetadataFoundException e) {
      return refused(
          request,
          report,
          facts,
          platform,
          "encode.metadata",
          "The encoded clip carried more than pixels; it was not posted.");
    }
    MediaItem media =
        new MediaItem(
            clip.bytes(),
            request.format().mimeType(),
            request.altText(),
            clip.width(),
            clip.height());
    PostDraft draft = post.draft(request.input().caption(), List.of(media), request.answers());
    AuditedPost.Sent sent = post.send(draft, connector, facts);
    if (sent instanceof AuditedPost.Sent.Posted p) {
      return new ClipOutcome.Posted(report, p.post(), p.mediaSha256().get(0), clip.adjustments());
    }
    return sent instanceof AuditedPost.Sent.Failed f
        ? new ClipOutcome.Failed(report, f.message(), clip.adjustments())
        : new ClipOutcome.Refused(
            report, ((AuditedPost.Sent.Refused) sent).message(), clip.adjustments());
  }

  /** Records the refused attempt, then says why to the user. */
  private ClipOutcome refused(
      ClipPublishRequest request,
      ClipReport report,
      AuditedPost.Facts facts,
      String platform,
      String gate,
      String message)
      throws IOException {
    post.refused(
        platform,
        facts,
        request.input().caption(),
        List.of(request.altText()),
        request.answers(),
        gate,
        message);
    return new ClipOutcome.Refused(report, message, List.of());
  }

  /**
   * Why the redacted frames cannot be trusted for this request, or empty: a frame with no check
   * before or after redaction, or a check of other frames or of another caption.
   */
  private static Optional<String> untrusted(ClipPublishRequest request, CheckedClip checked) {
    int count = checked.redacted().get().size();
    try {
      FrameCoverage.requireComplete(checked.report().coverage(), count);
      FrameCoverage.requireComplete(checked.report().verifiedCoverage(), count);
    } catch (IllegalStateException e) {
      return Optional.of("Not every frame of the clip was checked; check the clip again.");
    }
    Dataset header = request.input().header().orElse(Dataset.empty());
    boolean sameCaption =
        CaptionScanner.scan(request.input().caption(), PhiLexicon.from(header))
            .equals(checked.report().captionFindings());
    if (count != request.input().frames().size() || !sameCaption) {
      return Optional.of("The clip or its caption changed after the check; check it again.");
    }
    return Optional.empty();
  }

  /** The clip's findings in a still's shape, so the audit counts them by the same kinds. */
  private static ScanReport asScanReport(ClipReport report) {
    return new ScanReport(
        report.verdict(),
        report.reasons(),
        report.regions().stream().map(FrameRegion::region).toList(),
        report.captionFindings(),
        report.residual().stream().map(FrameRegion::region).toList(),
        report.elapsedMillis());
  }
}
