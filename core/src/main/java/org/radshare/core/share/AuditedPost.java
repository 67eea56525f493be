package org.radshare.core.share;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.audit.IntentId;
import org.radshare.core.audit.OverrideDecision;
import org.radshare.core.audit.PostedMedia;
import org.radshare.core.audit.Pseudonymizer;
import org.radshare.core.audit.ShareIntent;
import org.radshare.core.audit.ShareOutcome;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.PostResult;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.Tags;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;

/**
 * The last steps every share takes once the gates allowed it, stills and clips alike: the draft is
 * shaped for the platform, the audit intent with the hash of every file exactly as it will be sent
 * is forced to disk, then the connector posts and the result is recorded.
 */
final class AuditedPost {

  /** What the audit intent says about the share, besides its media. */
  record Facts(
      String account,
      Verdict verdict,
      Map<String, Integer> findingKinds,
      List<OverrideDecision> overrides,
      Optional<Dataset> header) {}

  /** How sending ended. */
  sealed interface Sent {
    /** The platform's rules refused the draft before anything was recorded or sent. */
    record Refused(String message) implements Sent {}

    record Posted(PostResult post, List<String> mediaSha256) implements Sent {}

    record Failed(String message) implements Sent {}
  }

  private final DepartmentPolicy policy;
  private final AuditLog audit;
  private final Actor actor;

  AuditedPost(DepartmentPolicy policy, AuditLog audit, Actor actor) {
    this.policy = policy;
    this.audit = audit;
    this.actor = actor;
  }

  /** The draft with the department's final caption and default content warning applied. */
  PostDraft draft(String caption, List<MediaItem> media, PostAnswers answers) {
    PostDraft draft =
        PostDraft.of(policy.finalCaption(caption), media).withHashtags(answers.hashtags());
    if (answers.link().isPresent()) {
      draft = draft.withLink(answers.link().get());
    }
    Optional<String> warning = answers.contentWarning().or(() -> policy.post().contentWarning());
    if (warning.isPresent()) {
      draft = draft.withContentWarning(warning.get());
    }
    return draft;
  }

  /** Prepares, records the intent, posts, records the result. */
  Sent send(PostDraft draft, Connector connector, Facts facts) throws IOException {
    PostDraft ready;
    try {
      ready = connector.prepare(draft);
    } catch (ConnectorException e) {
      if (!e.isPlatformFailure()) {
        return new Sent.Refused(e.getMessage());
      }
      // The platform failed while the post was being fitted (e.g. its limits could not be read):
      // nothing was sent, but the attempt and its failure belong in the trail like any other.
      return failedBeforeSending(draft, connector, facts, e);
    }
    // The same post to the same account gets the same key in every run (see withContentKey).
    ready = ready.withContentKey(connector.platform().key(), facts.account());
    List<PostedMedia> posted = media(ready);
    IntentId intent = audit.recordIntent(intent(connector, facts, posted));
    try {
      PostResult result = connector.publish(ready);
      audit.recordResult(
          intent, new ShareOutcome.Posted(result.id(), result.publicUrl().toString()));
      return new Sent.Posted(result, posted.stream().map(PostedMedia::sha256).toList());
    } catch (ConnectorException e) {
      audit.recordResult(intent, new ShareOutcome.Failed(e.kind() + ": " + e.getMessage()));
      return new Sent.Failed(e.getMessage());
    }
  }

  /**
   * Records an attempt the platform failed before anything was sent: the intent with the media as
   * they were to be fitted, then the failure. Shared with clips, whose fitting asks the platform
   * first.
   */
  Sent failedBeforeSending(PostDraft draft, Connector connector, Facts facts, ConnectorException e)
      throws IOException {
    IntentId intent = audit.recordIntent(intent(connector, facts, media(draft)));
    audit.recordResult(intent, new ShareOutcome.Failed(e.kind() + ": " + e.getMessage()));
    return new Sent.Failed(e.getMessage());
  }

  private static List<PostedMedia> media(PostDraft draft) {
    List<PostedMedia> posted = new ArrayList<>();
    draft.images().forEach(m -> posted.add(new PostedMedia(m.bytes(), m.mimeType())));
    return posted;
  }

  private ShareIntent intent(Connector connector, Facts facts, List<PostedMedia> posted) {
    return new ShareIntent(
        actor,
        connector.platform().key(),
        facts.account(),
        facts.verdict(),
        facts.findingKinds(),
        facts.overrides(),
        posted,
        subject(facts.header()));
  }

  /**
   * The user's answers to the gates that let a non-PASS verdict through, one per deciding reason.
   */
  static List<OverrideDecision> overrides(
      Verdict verdict, List<Reason> reasons, PostAnswers answers) {
    List<OverrideDecision> out = new ArrayList<>();
    if (verdict == Verdict.PASS) {
      return out;
    }
    String why =
        verdict == Verdict.BLOCK
            ? answers.overrideJustification().orElse("")
            : answers.reviewJustification();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Reason r : reasons) {
      if (r.floor() == verdict && seen.add(r.code())) {
        out.add(new OverrideDecision(r.code(), verdict, why));
      }
    }
    return out;
  }

  private Pseudonymizer.Subject subject(Optional<Dataset> header) {
    String study = header.flatMap(h -> h.string(Tags.StudyInstanceUID)).orElse("");
    String patient = header.flatMap(h -> h.string(Tags.PatientID)).orElse("");
    return audit.pseudonymizer().subject(study, patient);
  }
}
