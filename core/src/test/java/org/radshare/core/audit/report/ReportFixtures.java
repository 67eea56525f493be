/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.audit.AuditOptions;
import org.radshare.core.audit.IntentId;
import org.radshare.core.audit.OverrideDecision;
import org.radshare.core.audit.PostedMedia;
import org.radshare.core.audit.Pseudonymizer;
import org.radshare.core.audit.ShareIntent;
import org.radshare.core.audit.ShareOutcome;
import org.radshare.core.policy.Verdict;

/** A small audit log with four synthetic shares by two users on two platforms over three days. */
final class ReportFixtures {

  static final Pseudonymizer PSEUDONYMIZER =
      new Pseudonymizer("synthetic-department-secret-32-bytes!!".getBytes(StandardCharsets.UTF_8));

  private ReportFixtures() {}

  static Path writeLog(Path dir) throws Exception {
    Path log = dir.resolve("audit.jsonl");
    share(
        log,
        "2026-03-01T09:00:00Z",
        "alice",
        "mastodon",
        Color.RED,
        new ShareOutcome.Posted("111", "https://mastodon.example/@rad/111"),
        List.of());
    share(
        log,
        "2026-03-02T10:00:00Z",
        "bob",
        "x",
        Color.GREEN,
        new ShareOutcome.Failed("HTTP 503"),
        List.of(
            new OverrideDecision(
                "caption.phi", Verdict.REVIEW, "<script>alert(1)</script> checked by hand")));
    share(
        log,
        "2026-03-03T11:00:00Z",
        "alice",
        "x",
        Color.BLUE,
        new ShareOutcome.Posted("222", "https://x.com/rad/status/222"),
        List.of());
    share(log, "2026-03-03T12:00:00Z", "alice", "mastodon", Color.ORANGE, null, List.of());
    return log;
  }

  private static void share(
      Path log,
      String at,
      String user,
      String platform,
      Color colour,
      ShareOutcome outcome,
      List<OverrideDecision> overrides)
      throws Exception {
    Clock clock = Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
    try (AuditLog audit =
        AuditLog.open(log, PSEUDONYMIZER, AuditOptions.defaults().withClock(clock))) {
      ShareIntent intent =
          new ShareIntent(
              new Actor(user, Optional.of("Dr " + user)),
              platform,
              "@rad@" + platform + ".example",
              overrides.isEmpty() ? Verdict.PASS : Verdict.REVIEW,
              overrides.isEmpty() ? Map.of() : Map.of("caption.PatientName", 1),
              overrides,
              List.of(new PostedMedia(png(colour), "image/png")),
              PSEUDONYMIZER.subject("1.2.3." + user, "PID-" + user));
      IntentId id = audit.recordIntent(intent);
      if (outcome != null) {
        audit.recordResult(id, outcome);
      }
    }
  }

  static byte[] png(Color colour) throws Exception {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 64, 48);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
