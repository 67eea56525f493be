package org.radshare.core.share;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.audit.IntentId;
import org.radshare.core.audit.OverrideDecision;
import org.radshare.core.audit.PostedMedia;
import org.radshare.core.audit.ShareIntent;
import org.radshare.core.audit.ShareOutcome;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.PostResult;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.Tags;
import org.radshare.core.encode.CleanImageEncoder;
import org.radshare.core.encode.EncodedImage;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;

/**
 * Takes a share from capture to post: runs the checks, applies the department policy's gates,
 * encodes the redacted image, writes the audit intent (forced to disk) before anything leaves,
 * posts through the connector and records the result. Anything that cannot be checked or allowed is
 * refused with one actionable sentence; nothing is sent in that case.
 */
public final class Publisher {

  private final ShareService checks;
  private final DepartmentPolicy policy;
  private final AuditLog audit;
  private final Actor actor;

  public Publisher(ShareService checks, DepartmentPolicy policy, AuditLog audit, Actor actor) {
    this.checks = checks;
    this.policy = policy;
    this.audit = audit;
    this.actor = actor;
  }

  /** Checks and, if every gate allows it, posts through {@code connector}. */
  public PublishOutcome publish(PublishRequest request, Connector connector) throws IOException {
    return send(request, checks.check(request.input()), connector);
  }

  /**
   * Posts an image the user already reviewed and edited, pixel for pixel as they saw it: {@code
   * request.input().image()} is the final image (their redactions and crop applied). It is checked
   * again as it is ({@link ShareService#recheck}) and refused when any identifying or unrecognised
   * text is still readable, so no pixels leave that the checks have not read.
   */
  public PublishOutcome publishReviewed(PublishRequest request, Connector connector)
      throws IOException {
    return send(request, checks.recheck(request.input()), connector);
  }

  private PublishOutcome send(PublishRequest request, CheckedShare checked, Connector connector)
      throws IOException {
    ScanReport report = checked.report();
    String platform = connector.platform().key();
    Optional<String> refusal = new PolicyGate(policy).refusal(request, checked, platform);
    if (refusal.isPresent()) {
      return new PublishOutcome.Refused(report, refusal.get());
    }
    EncodedImage image = CleanImageEncoder.png(checked.redacted().orElseThrow());
    MediaItem media =
        new MediaItem(
            image.bytes(),
            image.format().mimeType(),
            request.altText(),
            image.width(),
            image.height());
    PostDraft draft =
        PostDraft.of(policy.finalCaption(request.input().caption()), List.of(media))
            .withHashtags(request.hashtags());
    if (request.link().isPresent()) {
      draft = draft.withLink(request.link().get());
    }
    Optional<String> warning = request.contentWarning().or(() -> policy.post().contentWarning());
    if (warning.isPresent()) {
      draft = draft.withContentWarning(warning.get());
    }
    PostDraft ready;
    try {
      ready = connector.prepare(draft);
    } catch (ConnectorException e) {
      return new PublishOutcome.Refused(report, e.getMessage());
    }
    List<PostedMedia> posted = new ArrayList<>();
    ready.images().forEach(m -> posted.add(new PostedMedia(m.bytes(), m.mimeType())));
    IntentId intent =
        audit.recordIntent(
            new ShareIntent(
                actor,
                platform,
                request.account(),
                report.verdict(),
                ShareIntent.findingKindsOf(report),
                overrides(request, report),
                posted,
                subject(request.input().header())));
    try {
      PostResult result = connector.publish(ready);
      audit.recordResult(
          intent, new ShareOutcome.Posted(result.id(), result.publicUrl().toString()));
      return new PublishOutcome.Posted(report, result, posted.get(0).sha256());
    } catch (ConnectorException e) {
      audit.recordResult(intent, new ShareOutcome.Failed(e.kind() + ": " + e.getMessage()));
      return new PublishOutcome.Failed(report, e.getMessage());
    }
  }

  private static List<OverrideDecision> overrides(PublishRequest request, ScanReport report) {
    List<OverrideDecision> out = new ArrayList<>();
    Verdict verdict = report.verdict();
    if (verdict == Verdict.PASS) {
      return out;
    }
    String why =
        verdict == Verdict.BLOCK
            ? request.overrideJustification().orElse("")
            : request.reviewJustification();
    for (Reason r : report.reasons()) {
      if (r.floor() == verdict) {
        out.add(new OverrideDecision(r.code(), verdict, why));
      }
    }
    return out;
  }

  private org.radshare.core.audit.Pseudonymizer.Subject subject(Optional<Dataset> header) {
    String study = header.flatMap(h -> h.string(Tags.StudyInstanceUID)).orElse("");
    String patient = header.flatMap(h -> h.string(Tags.PatientID)).orElse("");
    return audit.pseudonymizer().subject(study, patient);
  }
}
