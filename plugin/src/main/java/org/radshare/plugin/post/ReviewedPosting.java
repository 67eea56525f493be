package org.radshare.plugin.post;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.accounts.Accounts;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.PolicyLoader;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.PostImage;
import org.radshare.core.share.PublishOutcome;
import org.radshare.core.share.PublishRequest;
import org.radshare.core.share.Publisher;
import org.radshare.core.share.ShareService;
import org.radshare.plugin.review.Justification;

/**
 * Posts what the radiologist approved in the review dialog through core's {@link Publisher}: the
 * final image (or the up to four images of a layout share) exactly as previewed is re-checked by
 * {@link Publisher#publishReviewed} on every platform, the department policy gates it, the audit
 * log records intent and result. Every connector is opened before anything is sent, so a missing
 * sign-in stops the share up front.
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

  private record Target(Platform platform, String account, Connector connector) {}

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
    DepartmentPolicy policy = PolicyLoader.load(department.policyFile());
    List<PostImage> images = new ArrayList<>();
    for (ImageToPost i : finalImages) {
      Optional<Dataset> header = Optional.of(DicomJsonReader.read(i.dicomJson()));
      images.add(new PostImage(i.image(), header, i.altText()));
    }
    List<Target> targets = open(draft.platforms());
    List<String> urls = new ArrayList<>();
    try (AuditLog audit = AuditLog.open(policy.audit())) {
      Publisher publisher = new Publisher(checks, policy, audit, actor);
      for (Target t : targets) {
        PublishOutcome outcome =
            publisher.publishReviewed(
                request(images, draft, justification, t.account()), t.connector());
        if (!(outcome instanceof PublishOutcome.Posted posted)) {
          throw new NotPostedException(notPosted(t.platform(), outcome.message(), urls));
        }
        urls.add(posted.post().publicUrl().toString());
      }
    }
    return urls;
  }

  private List<Target> open(List<Platform> platforms) throws Exception {
    if (platforms.isEmpty()) {
      throw new NotPostedException("Choose where to post.");
    }
    List<Target> out = new ArrayList<>();
    for (Platform p : platforms) {
      if (p == Platform.OUTBOX) {
        out.add(
            new Target(
                p,
                "",
                new OutboxConnector(department.outbox(), Platform.MASTODON, Clock.systemUTC())));
        continue;
      }
      Accounts accounts = department.accounts();
      List<Accounts.Entry> mine =
          accounts.list().stream().filter(e -> e.id().platform() == p).toList();
      if (mine.size() != 1) {
        throw new NotPostedException(
            mine.isEmpty()
                ? "Sign in to " + p.displayName() + " in the RadShare preferences first."
                : "Several " + p.displayName() + " accounts are signed in; keep one.");
      }
      String account = mine.get(0).id().name();
      out.add(new Target(p, account, accounts.open(p, account)));
    }
    return out;
  }

  private static PublishRequest request(
      List<PostImage> images, ShareDraft draft, Justification justification, String account) {
    return Requests.of(PublishRequest.of(images, draft.caption(), account), draft, justification);
  }

  static String notPosted(Platform platform, String why, List<String> posted) {
    String head = "Not posted to " + platform.displayName() + ": " + why;
    return posted.isEmpty() ? head : head + " (already posted: " + String.join(" ", posted) + ")";
  }
}
