/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radshare.core.audit.Actor;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.cine.ClipService;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.ClipOutcome;
import org.radshare.core.share.ClipPublishRequest;
import org.radshare.core.share.PublishSetup;
import org.radshare.core.share.ShareService;
import org.radshare.plugin.review.ClipPosted;
import org.radshare.plugin.review.ClipShare;
import org.radshare.plugin.review.Justification;

/**
 * Posts a clip the radiologist approved in the clip review window through core's publisher: the
 * reviewed mask is filled on every frame and verified again with the post's caption ({@link
 * ClipService#recheck}), then {@code Publisher.publishClip} applies the department's gates, encodes
 * the frames fitted to each platform and writes the audit records. Every connector is opened before
 * anything is sent, so a missing sign-in stops the share up front.
 */
public final class ReviewedClipPosting {

  private final PixelScanner pixels;
  private final Department department;
  private final Actor actor;

  public ReviewedClipPosting(PixelScanner pixels, Department department, Actor actor) {
    this.pixels = pixels;
    this.department = department;
    this.actor = actor;
  }

  /**
   * Posts {@code clip} with the draft's text to each of its platforms, in order.
   *
   * @throws ReviewedPosting.NotPostedException when a gate refused or a platform failed (earlier
   *     posts stay)
   */
  public ClipPosted post(ClipShare clip, ShareDraft draft, Justification justification)
      throws Exception {
    if (draft.platforms().isEmpty()) {
      throw new ReviewedPosting.NotPostedException("Choose where to post.");
    }
    PublishSetup setup = department.publishSetup();
    List<PublishSetup.Target> targets =
        PostTargets.open(setup, department.tokenStore(), draft.platforms());
    Optional<Dataset> header = Optional.of(DicomJsonReader.read(clip.dicomJson()));
    ClipInput input = new ClipInput(clip.frames(), header, draft.caption());
    CheckedClip checked = new ClipService(pixels).recheck(input, clip.detected(), clip.mask());
    List<String> urls = new ArrayList<>();
    List<String> adjustments = new ArrayList<>();
    try (PublishSetup.Session session = setup.open(new ShareService(pixels), actor)) {
      for (PublishSetup.Target t : targets) {
        ClipOutcome outcome =
            session
                .publisher()
                .publishClip(request(input, clip, draft, justification, t), checked, t.connector());
        if (!(outcome instanceof ClipOutcome.Posted posted)) {
          throw new ReviewedPosting.NotPostedException(
              ReviewedPosting.notPosted(t.platform(), outcome.message(), urls));
        }
        urls.add(posted.post().publicUrl().toString());
        outcome.adjustments().stream()
            .map(a -> t.platform().displayName() + ": " + a)
            .forEach(adjustments::add);
      }
    }
    return new ClipPosted(urls, adjustments);
  }

  private static ClipPublishRequest request(
      ClipInput input,
      ClipShare clip,
      ShareDraft draft,
      Justification justification,
      PublishSetup.Target target) {
    return ClipPublishRequest.of(input, draft.altText(), clip.format(), target.account())
        .withAnswers(Requests.answers(draft, justification));
  }
}
