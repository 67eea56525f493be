/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.audit.ShareIntent;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.encode.CleanImageEncoder;
import org.radshare.core.encode.EncodedImage;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;

/**
 * Takes a share from capture to post: runs the checks on every image, applies the department
 * policy's gates, encodes the redacted images, writes the audit intent (forced to disk) before
 * anything leaves, posts through the connector and records the result. A post of several images is
 * as strict as its strictest image: any refusal refuses the whole post. Anything that cannot be
 * checked or allowed is refused with one actionable sentence; nothing is sent in that case. Clips
 * take the same path through {@link #publishClip}.
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

  /** Checks every image and, if every gate allows the post, posts through {@code connector}. */
  public PublishOutcome publish(PublishRequest request, Connector connector) throws IOException {
    return send(request, false, connector);
  }

  /**
   * Posts images the user already reviewed and edited, pixel for pixel as they saw them: each image
   * of {@code request} is final (their redactions and crop applied). Each is checked again as it is
   * ({@link ShareService#recheck}) and the post is refused when any identifying or unrecognised
   * text is still readable in any of them, so no pixels leave that the checks have not read.
   */
  public PublishOutcome publishReviewed(PublishRequest request, Connector connector)
      throws IOException {
    return send(request, true, connector);
  }

  /**
   * Posts a clip checked by {@link org.radshare.core.cine.ClipService#check} (or {@code recheck}
   * after the radiologist edited the mask) of {@code request.input()}: the redacted frames are
   * encoded to the requested format and fitted to the connector's platform, under the same gates
   * and audit as a still. What fitting changed is in {@link ClipOutcome#adjustments()}.
   */
  public ClipOutcome publishClip(
      ClipPublishRequest request, CheckedClip checked, Connector connector) throws IOException {
    return new ClipPosting(policy, new AuditedPost(policy, audit, actor))
        .publish(request, checked, connector);
  }

  private PublishOutcome send(PublishRequest request, boolean reviewed, Connector connector)
      throws IOException {
    int count = request.images().size();
    if (count > PlatformLimits.MAX_IMAGES_PER_POST) {
      String why =
          "A post takes at most "
              + PlatformLimits.MAX_IMAGES_PER_POST
              + " images; remove "
              + (count - PlatformLimits.MAX_IMAGES_PER_POST)
              + ".";
      ScanReport report = notChecked("post.too-many-images", why);
      new AuditedPost(policy, audit, actor)
          .refused(
              connector.platform().key(),
              facts(request, Verdict.BLOCK, List.of(report), report.reasons()),
              request.caption(),
              request.images().stream().map(PostImage::altText).toList(),
              request.answers(),
              "post.too-many-images",
              why);
      return new PublishOutcome.Refused(report, why);
    }
    List<CheckedShare> checked = checkEach(request, reviewed);
    List<ScanReport> reports = checked.stream().map(CheckedShare::report).toList();
    Verdict verdict = reports.stream().map(ScanReport::verdict).reduce(Verdict.PASS, Verdict::max);
    List<Reason> reasons = reasons(reports);
    AuditedPost post = new AuditedPost(policy, audit, actor);
    AuditedPost.Facts facts = facts(request, verdict, reports, reasons);
    Optional<String> refusal =
        new PolicyGate(policy)
            .refusal(
                new PolicyGate.Subject(
                    request.account(),
                    request.images().stream().map(PostImage::altText).toList(),
                    request.images().stream().allMatch(i -> i.header().isPresent()),
                    checked.stream().allMatch(c -> c.redacted().isPresent()),
                    verdict,
                    reasons,
                    request.answers(),
                    request.images().stream().flatMap(i -> i.header().stream()).toList()),
                connector.platform().key());
    if (refusal.isPresent()) {
      boolean allChecked = checked.stream().allMatch(c -> c.redacted().isPresent());
      post.refused(
          connector.platform().key(),
          facts,
          request.caption(),
          request.images().stream().map(PostImage::altText).toList(),
          request.answers(),
          post.gateOf(connector.platform().key(), facts, allChecked, request.answers()),
          refusal.get());
      return new PublishOutcome.Refused(reports, refusal.get());
    }
    List<MediaItem> media = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      EncodedImage image = CleanImageEncoder.png(checked.get(i).redacted().orElseThrow());
      media.add(
          new MediaItem(
              image.bytes(),
              image.format().mimeType(),
              request.images().get(i).altText(),
              image.width(),
              image.height()));
    }
    PostDraft draft = post.draft(request.caption(), media, request.answers());
    AuditedPost.Sent sent = post.send(draft, connector, facts);
    if (sent instanceof AuditedPost.Sent.Posted p) {
      return new PublishOutcome.Posted(reports, p.post(), p.mediaSha256());
    }
    return sent instanceof AuditedPost.Sent.Failed f
        ? new PublishOutcome.Failed(reports, f.message())
        : new PublishOutcome.Refused(reports, ((AuditedPost.Sent.Refused) sent).message());
  }

  /**
   * Each image separately, against the headers of all of them; the caption is checked once, with
   * the first image.
   */
  private List<CheckedShare> checkEach(PublishRequest request, boolean reviewed) {
    List<PostImage> images = request.images();
    List<CheckedShare> out = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      List<Dataset> others = new ArrayList<>();
      for (int j = 0; j < images.size(); j++) {
        if (j != i) {
          images.get(j).header().ifPresent(others::add);
        }
      }
      ShareInput input = images.get(i).input(i == 0 ? request.caption() : "");
      out.add(reviewed ? checks.recheck(input, others) : checks.check(input, others));
    }
    return out;
  }

  /** What the audit record says about this attempt. */
  private static AuditedPost.Facts facts(
      PublishRequest request, Verdict verdict, List<ScanReport> reports, List<Reason> reasons) {
    List<Dataset> headers = request.images().stream().flatMap(i -> i.header().stream()).toList();
    return new AuditedPost.Facts(
        request.account(),
        verdict,
        findingKinds(reports),
        AuditedPost.overrides(verdict, reasons, request.answers()),
        headers.stream().findFirst(),
        reasons,
        AuditedPost.lexiconOf(headers));
  }

  /** Every image's reasons, strictest first. */
  private static List<Reason> reasons(List<ScanReport> reports) {
    List<Reason> all = new ArrayList<>();
    reports.forEach(r -> all.addAll(r.reasons()));
    all.sort(Comparator.comparing(Reason::floor).reversed());
    return all;
  }

  /** The findings of every image, counted by kind. */
  private static Map<String, Integer> findingKinds(List<ScanReport> reports) {
    Map<String, Integer> kinds = new TreeMap<>();
    for (ScanReport r : reports) {
      ShareIntent.findingKindsOf(r).forEach((k, n) -> kinds.merge(k, n, Integer::sum));
    }
    return kinds;
  }

  /** The report of a post refused before any check ran: nothing in it was looked at. */
  private static ScanReport notChecked(String code, String why) {
    return new ScanReport(
        Verdict.BLOCK,
        List.of(new Reason(code, Verdict.BLOCK, why)),
        List.of(),
        List.of(),
        List.of(),
        0);
  }
}
