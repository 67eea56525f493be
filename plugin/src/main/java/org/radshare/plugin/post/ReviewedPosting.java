/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.post;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radshare.core.audit.Actor;
import org.radshare.core.connect.Platform;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.PostImage;
import org.radshare.core.share.PublishOutcome;
import org.radshare.core.share.PublishRequest;
import org.radshare.core.share.PublishSetup;
import org.radshare.core.share.Publisher;
import org.radshare.core.share.ShareService;
import org.radshare.plugin.review.Justification;

/**
 * Posts what the radiologist approved in the review dialog through core's {@link Publisher}: the
 * final image (or the up to four images of a layout share) exactly as previewed is re-checked by
 * {@link Publisher#publishReviewed} on every platform, the department policy gates it, the audit
 * log records intent and result. Policy, audit log, sign-ins and connectors come from {@link
 * Department#publishSetup()}, as for clips. Every connector is opened before anything is sent, so a
 * missing sign-in stops the share up front.
 */
public final class ReviewedPosting {

  private final ShareService checks;
  private final Department department;
  private final Actor actor;

  public ReviewedPosting(ShareService checks, Department department, Actor actor) {
    this.checks = checks;
    this.department = department;
    this.actor = actor;
  }

  /** An approved share could not be posted (everywhere); the message is one actionable sentence. */
  public static final class NotPostedException extends Exception {
    private static final long serialVersionUID = 1L;

    NotPostedException(String message) {
      super(message);
    }
  }

  /**
   * Posts {@code finalImage} with the draft's text to each of its platforms, in order.
   *
   * @return the public address of each post
   * @throws NotPostedException when a gate refused or a platform failed (earlier posts stay)
   */
  public List<String> post(BufferedImage finalImage, String dicomJson, ShareDraft draft)
      throws Exception {
    return post(finalImage, dicomJson, draft, Justification.NONE);
  }

  /**
   * Posts like {@link #post(BufferedImage, String, ShareDraft)} with the radiologist's
   * justification for a confirmed REVIEW or an overridden BLOCK; the policy gate decides whether it
   * suffices.
   */
  public List<String> post(
      BufferedImage finalImage, String dicomJson, ShareDraft draft, Justification justification)
      throws Exception {
    return post(
        List.of(new ImageToPost(finalImage, dicomJson, draft.altText())), draft, justification);
  }

  /** Posts like {@link #post(List, ShareDraft, Justification)} without a justification. */
  public List<String> post(List<ImageToPost> finalImages, ShareDraft draft) throws Exception {
    return post(finalImages, draft, Justification.NONE);
  }

  /**
   * Posts one to four final images, each with its own header and alt text, in one post with the
   * draft's text to each of its platforms, in order, with the radiologist's justification for a
   * confirmed REVIEW or an overridden BLOCK. Core checks every image again and refuses the whole
   * post if any image is refused.
   *
   * @return the public address of each post
   * @throws NotPostedException when a gate refused or a platform failed (earlier posts stay)
   */
  public List<String> post(
      List<ImageToPost> finalImages, ShareDraft draft, Justification justification)
      throws Exception {
    PublishSetup setup = department.publishSetup();
    List<PostImage> images = new ArrayList<>();
    for (ImageToPost i : finalImages) {
      Optional<Dataset> header = Optional.of(DicomJsonReader.read(i.dicomJson()));
      images.add(new PostImage(i.image(), header, i.altText()));
    }
    List<PublishSetup.Target> targets =
        PostTargets.open(setup, department.tokenStore(), draft.platforms());
    List<String> urls = new ArrayList<>();
    try (PublishSetup.Session session = setup.open(checks, actor)) {
      for (PublishSetup.Target t : targets) {
        PublishOutcome outcome =
            session
                .publisher()
                .publishReviewed(request(images, draft, justification, t.account()), t.connector());
        if (!(outcome instanceof PublishOutcome.Posted posted)) {
          throw new NotPostedException(notPosted(t.platform(), outcome.message(), urls));
        }
        urls.add(posted.post().publicUrl().toString());
      }
    }
    return urls;
  }

  private static PublishRequest request(
      List<PostImage> images, ShareDraft draft, Justification justification, String account) {
    return PublishRequest.of(images, draft.caption(), account)
        .withAnswers(Requests.answers(draft, justification));
  }

  static String notPosted(Platform platform, String why, List<String> posted) {
    String head = "Not posted to " + platform.displayName() + ": " + why;
    return posted.isEmpty() ? head : head + " (already posted: " + String.join(" ", posted) + ")";
  }
}
