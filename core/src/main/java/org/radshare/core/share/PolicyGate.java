package org.radshare.core.share;

import java.util.Optional;
import org.radshare.core.caption.CaptionScanner;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;

/**
 * The department policy's gates between a checked share and the network: allowed platform and
 * account, required alt text and header, the verdict (BLOCK refused unless the department allows a
 * justified override of a finding — never of a check that could not run; REVIEW only with the
 * user's confirmation where the department lets users confirm), and free text typed for the audit
 * record screened for identifiers like a caption.
 */
final class PolicyGate {

  private final DepartmentPolicy policy;

  PolicyGate(DepartmentPolicy policy) {
    this.policy = policy;
  }

  /** Why this share must not be sent, or empty when every gate allows it. */
  Optional<String> refusal(PublishRequest request, CheckedShare checked, String platform) {
    ScanReport report = checked.report();
    if (!policy.allows(platform, request.account())) {
      return Optional.of(
          "The department policy does not allow posting to "
              + platform
              + (request.account().isEmpty() ? "" : " as " + request.account())
              + ".");
    }
    if (policy.post().altTextRequired() && request.altText().isBlank()) {
      return Optional.of("Describe the image in the alt text before posting.");
    }
    if (policy.requiredChecks().contains(DepartmentPolicy.Check.HEADER)
        && request.input().header().isEmpty()) {
      return Optional.of("The department requires the DICOM header check: give the header.");
    }
    if (checked.redacted().isEmpty()) {
      return Optional.of(firstReason(report, "The image could not be checked."));
    }
    if (report.verdict() == Verdict.BLOCK) {
      return blockGate(request, report);
    }
    if (report.verdict() == Verdict.REVIEW) {
      if (!policy.review().userMayConfirm()) {
        return Optional.of("The department does not let users confirm a REVIEW verdict.");
      }
      if (!request.reviewConfirmed()) {
        return Optional.of(
            "Look at the preview and confirm the review: " + firstReason(report, ""));
      }
      if (request.reviewJustification().length() < policy.review().justificationMinLength()) {
        return Optional.of(
            "Confirming this review needs a justification of at least "
                + policy.review().justificationMinLength()
                + " characters.");
      }
    }
    if (!screen(request.reviewJustification()) || !screen(request.altText())) {
      return Optional.of("The alt text or justification contains identifiers: remove them.");
    }
    return Optional.empty();
  }

  private Optional<String> blockGate(PublishRequest request, ScanReport report) {
    boolean uncheckable = report.reasons().stream().anyMatch(r -> r.code().equals("check.failed"));
    DepartmentPolicy.BlockOverrideRule rule = policy.blockOverride();
    if (uncheckable || !rule.allowed() || request.overrideJustification().isEmpty()) {
      return Optional.of("Blocked: " + firstReason(report, "the checks found identifiers."));
    }
    String why = request.overrideJustification().get().strip();
    if (why.length() < rule.justificationMinLength() || !screen(why)) {
      return Optional.of(
          "Overriding a block needs a justification of at least "
              + rule.justificationMinLength()
              + " characters, without identifiers.");
    }
    return Optional.empty();
  }

  /** True when {@code text} carries no identifier (free text typed for the audit record). */
  private static boolean screen(String text) {
    return CaptionScanner.scan(text, PhiLexicon.from(Dataset.empty())).isEmpty();
  }

  static String firstReason(ScanReport report, String fallback) {
    return report.reasons().stream().map(Reason::message).findFirst().orElse(fallback);
  }
}
