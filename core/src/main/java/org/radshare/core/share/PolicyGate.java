/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.util.List;
import java.util.Optional;
import org.radshare.core.caption.OutgoingText;
import org.radshare.core.caption.TextScreen;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;

/**
 * The department policy's gates between checked media and the network: allowed platform and
 * account, alt text on every image or clip, the header where required, the verdict (BLOCK refused
 * unless the department allows a justified override of a finding — never of a check that could not
 * run; REVIEW only with the user's confirmation where the department lets users confirm), and every
 * text of the post — alt texts, hashtags, link, content warning, the justifications typed for the
 * audit record — screened like the caption against every header of the post ({@link TextScreen}),
 * before anything is recorded. The same gates apply to a post of stills and to a clip.
 */
final class PolicyGate {

  private final DepartmentPolicy policy;

  PolicyGate(DepartmentPolicy policy) {
    this.policy = policy;
  }

  /**
   * What the gates look at.
   *
   * @param altTexts one per image (or one for a clip), in posting order
   * @param everyHeaderGiven whether every image (or the clip) came with its DICOM header
   * @param pixelsChecked whether every image (or every frame) could be checked
   * @param verdict the strictest verdict of the media and caption
   * @param reasons every reason, strictest first
   * @param headers the header of every image (or of the clip) that has one: their identifiers are
   *     looked for in every text of the post
   */
  record Subject(
      String account,
      List<String> altTexts,
      boolean everyHeaderGiven,
      boolean pixelsChecked,
      Verdict verdict,
      List<Reason> reasons,
      PostAnswers answers,
      List<Dataset> headers) {

    Subject {
      altTexts = List.copyOf(altTexts);
      reasons = List.copyOf(reasons);
      headers = List.copyOf(headers);
    }

    /** Every text of the post besides the caption (checked with the media): all are screened. */
    List<OutgoingText> outgoing() {
      List<String> why = new java.util.ArrayList<>(List.of(answers.reviewJustification()));
      answers.overrideJustification().ifPresent(why::add);
      return OutgoingText.ofPost(
          altTexts, answers.hashtags(), answers.link(), answers.contentWarning(), why);
    }
  }

  /** Why this share must not be sent, or empty when every gate allows it. */
  Optional<String> refusal(Subject s, String platform) {
    if (!policy.allows(platform, s.account())) {
      return Optional.of(
          "The department policy does not allow posting to "
              + platform
              + (s.account().isEmpty() ? "" : " as " + s.account())
              + ".");
    }
    Optional<String> alt = missingAltText(s.altTexts());
    if (alt.isPresent()) {
      return alt;
    }
    Optional<String> leak = TextScreen.forHeaders(s.headers()).refusal(s.outgoing());
    if (leak.isPresent()) {
      return leak; // before anything is stored: a justification with a name never reaches the audit
    }
    if (policy.requiredChecks().contains(DepartmentPolicy.Check.HEADER) && !s.everyHeaderGiven()) {
      return Optional.of("The department requires the DICOM header check: give the header.");
    }
    if (!s.pixelsChecked()) {
      return Optional.of(firstReason(s.reasons(), "The image could not be checked."));
    }
    if (s.verdict() == Verdict.BLOCK) {
      return blockGate(s);
    }
    if (s.verdict() == Verdict.REVIEW) {
      if (!policy.review().userMayConfirm()) {
        return Optional.of("The department does not let users confirm a REVIEW verdict.");
      }
      if (!s.answers().reviewConfirmed()) {
        return Optional.of(
            "Look at the preview and confirm the review: " + firstReason(s.reasons(), ""));
      }
      if (s.answers().reviewJustification().length() < policy.review().justificationMinLength()) {
        return Optional.of(
            "Confirming this review needs a justification of at least "
                + policy.review().justificationMinLength()
                + " characters.");
      }
    }
    return Optional.empty();
  }

  /**
   * Every image needs its own description. The composer refuses an image without one too; asking
   * here names the image before anything is encoded, whatever the department file says.
   */
  private static Optional<String> missingAltText(List<String> altTexts) {
    for (int i = 0; i < altTexts.size(); i++) {
      if (altTexts.get(i).isBlank()) {
        return Optional.of(
            altTexts.size() == 1
                ? "Describe the image in the alt text before posting."
                : "Describe image " + (i + 1) + " in the alt text before posting.");
      }
    }
    return Optional.empty();
  }

  private Optional<String> blockGate(Subject s) {
    boolean uncheckable = s.reasons().stream().anyMatch(r -> r.code().equals("check.failed"));
    DepartmentPolicy.BlockOverrideRule rule = policy.blockOverride();
    if (uncheckable || !rule.allowed() || s.answers().overrideJustification().isEmpty()) {
      return Optional.of("Blocked: " + firstReason(s.reasons(), "the checks found identifiers."));
    }
    String why = s.answers().overrideJustification().get().strip();
    if (why.length() < rule.justificationMinLength()) {
      return Optional.of(
          "Overriding a block needs a justification of at least "
              + rule.justificationMinLength()
              + " characters.");
    }
    return Optional.empty();
  }

  static String firstReason(List<Reason> reasons, String fallback) {
    return reasons.stream().map(Reason::message).findFirst().orElse(fallback);
  }
}
