/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
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
import org.radshare.core.audit.Refusal;
import org.radshare.core.audit.ScreenedPost;
import org.radshare.core.audit.ShareIntent;
import org.radshare.core.audit.ShareOutcome;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.PostResult;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.Tags;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.phi.PhiMatcher;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;

/**
 * The last steps every share takes once the gates allowed it, stills and clips alike: the draft is
 * shaped for the platform, the audit intent with the hash of every file exactly as it will be sent
 * is forced to disk, then the connector posts and the result is recorded.
 */
final class AuditedPost {

  /**
   * What the audit record says about the attempt, besides its media and words.
   *
   * @param lexicon the identifiers of every header in the post, to screen the words before they are
   *     recorded
   */
  record Facts(
      String account,
      Verdict verdict,
      Map<String, Integer> findingKinds,
      List<OverrideDecision> overrides,
      Optional<Dataset> header,
      List<Reason> reasons,
      PhiMatcher lexicon) {}

  /** The identifiers of all {@code headers} as one matcher (none when there is no header). */
  static PhiMatcher lexiconOf(List<Dataset> headers) {
    if (headers.isEmpty()) {
      return PhiMatcher.none();
    }
    return PostLexicon.of(PhiLexicon.from(headers.get(0)), headers.subList(1, headers.size()));
  }

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
        refused(connector.platform().key(), facts, draft, "platform.rules", e.getMessage());
        return new Sent.Refused(e.getMessage());
      }
      // The platform failed while the post was being fitted (e.g. its limits could not be read):
      // nothing was sent, but the attempt and its failure belong in the trail like any other.
      return failedBeforeSending(draft, connector, facts, e);
    }
    // The same post to the same account gets the same key in every run (see withContentKey).
    ready = ready.withContentKey(connector.platform().key(), facts.account());
    List<PostedMedia> posted = media(ready);
    IntentId intent =
        audit.recordIntent(intent(connector.platform().key(), facts, words(ready, facts), posted));
    try {
      PostResult result = connector.publish(ready);
      audit.recordResult(
          intent, new ShareOutcome.Posted(result.id(), result.publicUrl().toString()));
      return new Sent.Posted(result, posted.stream().map(PostedMedia::sha256).toList());
    } catch (ConnectorException e) {
      audit.recordResult(
          intent,
          new ShareOutcome.Failed(
              e.kind() + ": " + ScreenedPost.screen(e.getMessage(), facts.lexicon())));
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
    IntentId intent =
        audit.recordIntent(
            intent(connector.platform().key(), facts, words(draft, facts), media(draft)));
    audit.recordResult(
        intent,
        new ShareOutcome.Failed(
            e.kind() + ": " + ScreenedPost.screen(e.getMessage(), facts.lexicon())));
    return new Sent.Failed(e.getMessage());
  }

  private static List<PostedMedia> media(PostDraft draft) {
    List<PostedMedia> posted = new ArrayList<>();
    draft.images().forEach(m -> posted.add(new PostedMedia(m.bytes(), m.mimeType())));
    return posted;
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

  /**
   * Records an attempt that a gate stopped before anything was sent: BLOCKED when {@code gate} is
   * the verdict (its findings are the reasons), else REFUSED by {@code gate}. The words and the
   * message are screened first; no media are kept.
   */
  void refused(
      String platform,
      Facts facts,
      String caption,
      List<String> altTexts,
      PostAnswers answers,
      String gate,
      String message)
      throws IOException {
    ScreenedPost words =
        words(
            caption, altTexts, answers.hashtags(), answers.link(), answers.contentWarning(), facts);
    record(platform, facts, words, gate, message);
  }

  private void refused(String platform, Facts facts, PostDraft draft, String gate, String message)
      throws IOException {
    record(platform, facts, words(draft, facts), gate, message);
  }

  private void record(String platform, Facts facts, ScreenedPost words, String gate, String message)
      throws IOException {
    boolean blocked = gate.equals(BLOCKED_GATE);
    // Nothing was overridden: the gates said no. The typed justification stays in the words.
    Facts refused =
        new Facts(
            facts.account(),
            facts.verdict(),
            facts.findingKinds(),
            List.of(),
            facts.header(),
            facts.reasons(),
            facts.lexicon());
    audit.recordRefusal(
        intent(platform, refused, words, List.of()),
        new Refusal(
            blocked ? Refusal.Kind.BLOCKED : Refusal.Kind.REFUSED,
            gate,
            ScreenedPost.screen(message, facts.lexicon())));
  }

  /** The gate code of a post stopped by its verdict. */
  static final String BLOCKED_GATE = "verdict.BLOCK";

  /** Which gate of the policy said no, as a short code for the audit record. */
  String gateOf(String platform, Facts facts, boolean checked, PostAnswers answers) {
    if (!policy.allows(platform, facts.account())) {
      return "policy.platform";
    }
    if (!checked) {
      return "checks.could-not-run";
    }
    if (facts.verdict() == Verdict.BLOCK) {
      return BLOCKED_GATE;
    }
    if (facts.verdict() == Verdict.REVIEW && !answers.reviewConfirmed()) {
      return "review.unconfirmed";
    }
    return "policy.gate";
  }

  private static ScreenedPost words(PostDraft draft, Facts facts) {
    return words(
        draft.caption(),
        draft.images().stream().map(MediaItem::altText).toList(),
        draft.hashtags(),
        Optional.ofNullable(draft.link()).filter(l -> !l.isBlank()),
        Optional.ofNullable(draft.contentWarning()).filter(w -> !w.isBlank()),
        facts);
  }

  private static ScreenedPost words(
      String caption,
      List<String> altTexts,
      List<String> hashtags,
      Optional<String> link,
      Optional<String> contentWarning,
      Facts facts) {
    return ScreenedPost.of(
        caption,
        altTexts,
        hashtags,
        link,
        contentWarning,
        facts.overrides().stream()
            .map(OverrideDecision::justification)
            .filter(j -> !j.isBlank())
            .findFirst(),
        facts.lexicon());
  }

  private ShareIntent intent(
      String platform, Facts facts, ScreenedPost words, List<PostedMedia> posted) {
    return new ShareIntent(
        actor,
        platform,
        facts.account(),
        facts.verdict(),
        facts.findingKinds(),
        facts.overrides(),
        posted,
        subject(facts.header()),
        words,
        ShareIntent.policyVersionOf(policy),
        ShareIntent.reasonRefsOf(facts.reasons()));
  }

  private Pseudonymizer.Subject subject(Optional<Dataset> header) {
    String study = header.flatMap(h -> h.string(Tags.StudyInstanceUID)).orElse("");
    String patient = header.flatMap(h -> h.string(Tags.PatientID)).orElse("");
    return audit.pseudonymizer().subject(study, patient);
  }
}
