/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.audit.AuditOptions;
import org.radshare.core.audit.IntentId;
import org.radshare.core.audit.OverrideDecision;
import org.radshare.core.audit.PostedMedia;
import org.radshare.core.audit.ReasonRef;
import org.radshare.core.audit.Refusal;
import org.radshare.core.audit.ScreenedPost;
import org.radshare.core.audit.ShareIntent;
import org.radshare.core.audit.ShareOutcome;
import org.radshare.core.phi.PhiMatch;
import org.radshare.core.phi.PhiMatcher;
import org.radshare.core.policy.Verdict;

/**
 * A synthetic log of every kind of attempt over two weeks: posted, posted with an override, blocked
 * by findings, refused by a gate, failed at the platform, and (optionally) one record edited
 * afterwards. The invented patient "Jane Doe" is typed into a caption and must never reach the log
 * or the report.
 */
final class AttemptFixtures {

  static final String NAME = "Jane Doe";

  /** The invented patient's name as the post's lexicon knows it. */
  static final PhiMatcher LEXICON =
      text -> {
        int at = text.indexOf(NAME);
        return at < 0 ? List.of() : List.of(new PhiMatch(at, at + NAME.length(), "PatientName"));
      };

  private AttemptFixtures() {}

  static Path writeLog(Path dir, boolean tamper) throws Exception {
    Path log = dir.resolve("audit.jsonl");
    post(
        log,
        "2026-03-02T09:00:00Z",
        "alice",
        "mastodon",
        Verdict.PASS,
        List.of(),
        "Classic sail sign. #FOAMrad",
        Color.RED,
        new ShareOutcome.Posted("101", "https://mastodon.example/@rad/101"));
    post(
        log,
        "2026-03-03T10:30:00Z",
        "bob",
        "x",
        Verdict.REVIEW,
        List.of("pixel.text-redacted"),
        "Teaching case: corner text removed",
        Color.GREEN,
        new ShareOutcome.Posted("202", "https://x.example/rad/202"));
    refuse(
        log,
        "2026-03-04T11:00:00Z",
        "alice",
        "mastodon",
        Verdict.BLOCK,
        "Follow-up of " + NAME,
        Refusal.Kind.BLOCKED,
        "verdict.BLOCK",
        "Blocked: the caption contains 1 identifier(s) (PatientName): remove them.");
    refuse(
        log,
        "2026-03-09T08:15:00Z",
        "bob",
        "linkedin",
        Verdict.PASS,
        "Interesting case",
        Refusal.Kind.REFUSED,
        "policy.platform",
        "The department policy does not allow posting to linkedin.");
    post(
        log,
        "2026-03-10T14:00:00Z",
        "carol",
        "x",
        Verdict.PASS,
        List.of(),
        "Pneumothorax, deep sulcus sign",
        Color.BLUE,
        new ShareOutcome.Failed("UPLOAD: HTTP 503"));
    refuse(
        log,
        "2026-03-11T16:45:00Z",
        "bob",
        "x",
        Verdict.BLOCK,
        "See the label",
        Refusal.Kind.BLOCKED,
        "verdict.BLOCK",
        "Blocked: 1 identifying text region(s) are readable in the image to be posted: redact them.");
    post(
        log,
        "2026-03-12T09:20:00Z",
        "alice",
        "x",
        Verdict.PASS,
        List.of(),
        "Bowel obstruction on CT",
        Color.ORANGE,
        new ShareOutcome.Posted("303", "https://x.example/rad/303"));
    if (tamper) {
      // Someone edits carol's failed attempt to look like another platform after the fact.
      List<String> lines = new ArrayList<>(Files.readAllLines(log));
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("\"osUser\":\"carol\"")) {
          lines.set(i, lines.get(i).replace("\"platform\":\"x\"", "\"platform\":\"mastodon\""));
        }
      }
      Files.writeString(log, String.join("\n", lines) + "\n");
    }
    return log;
  }

  private static AuditLog open(Path log, String at) throws Exception {
    Clock clock = Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
    return AuditLog.open(
        log, ReportFixtures.PSEUDONYMIZER, AuditOptions.defaults().withClock(clock));
  }

  private static ShareIntent intent(
      String user,
      String platform,
      Verdict verdict,
      List<String> overridden,
      String caption,
      List<PostedMedia> media,
      String justification) {
    return new ShareIntent(
        new Actor(user, Optional.of("Dr " + user)),
        platform,
        "@rad@" + platform + ".example",
        verdict,
        verdict == Verdict.PASS ? Map.of() : Map.of("pixel.PHI", 1, "caption.PatientName", 1),
        overridden.stream().map(c -> new OverrideDecision(c, verdict, justification)).toList(),
        media,
        ReportFixtures.PSEUDONYMIZER.subject("1.2.3." + user, "PID-" + user),
        ScreenedPost.of(
            caption,
            List.of("Axial CT of the " + (user.equals("alice") ? "chest" : "abdomen")),
            List.of("#FOAMrad"),
            Optional.empty(),
            Optional.empty(),
            overridden.isEmpty() ? Optional.empty() : Optional.of(justification),
            LEXICON),
        "Synthetic radiology@0123456789ab",
        verdict == Verdict.PASS
            ? List.of()
            : List.of(
                new ReasonRef(
                    verdict == Verdict.BLOCK ? "caption.phi" : "pixel.text-redacted", verdict)));
  }

  private static void post(
      Path log,
      String at,
      String user,
      String platform,
      Verdict verdict,
      List<String> overridden,
      String caption,
      Color colour,
      ShareOutcome outcome)
      throws Exception {
    try (AuditLog audit = open(log, at)) {
      IntentId id =
          audit.recordIntent(
              intent(
                  user,
                  platform,
                  verdict,
                  overridden,
                  caption,
                  List.of(new PostedMedia(ReportFixtures.png(colour), "image/png")),
                  "Checked every corner by hand; nothing identifying left"));
      audit.recordResult(id, outcome);
    }
  }

  private static void refuse(
      Path log,
      String at,
      String user,
      String platform,
      Verdict verdict,
      String caption,
      Refusal.Kind kind,
      String gate,
      String message)
      throws Exception {
    try (AuditLog audit = open(log, at)) {
      audit.recordRefusal(
          intent(user, platform, verdict, List.of(), caption, List.of(), ""),
          new Refusal(kind, gate, ScreenedPost.screen(message, LEXICON)));
    }
  }
}
