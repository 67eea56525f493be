/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.audit.AuditVerifier;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.capture.ImageFiles;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.cine.FrameFiles;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.encode.video.VideoFormat;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.share.ClipOutcome;
import org.radshare.core.share.ClipPublishRequest;
import org.radshare.core.share.PostImage;
import org.radshare.core.share.PublishOutcome;
import org.radshare.core.share.PublishRequest;
import org.radshare.core.share.Publisher;
import org.radshare.core.share.ShareInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code radshare demo}: the whole pipeline over a handful of synthetic captures — checks, policy
 * gates, metadata-free encoding, the audit trail — posting to the local outbox. Shows a PASS, two
 * confirmed REVIEWs, an unconfirmed REVIEW and two BLOCKs (an identifier in the caption, an
 * encapsulated document), then two views of a layout in one post and a CT scroll as an MP4 clip.
 */
@Command(
    name = "demo",
    description = "Run the whole pipeline on test-data, posting to a local outbox folder.",
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--outbox", paramLabel = "DIR", description = "Outbox folder (default ./outbox).")
  Path outbox;

  @Option(names = "--fixtures", paramLabel = "DIR", description = "Fixture folder.")
  Path fixtures;

  @Override
  public Integer call() throws Exception {
    Path out = (outbox != null ? outbox : Home.path("outbox")).toAbsolutePath();
    Path images =
        (fixtures != null ? fixtures : Home.path("test-data", "fixtures")).resolve("images");
    if (!Files.isDirectory(images)) {
      System.err.println("radshare: no fixtures at " + images);
      return RadShareCommand.EXIT_BAD_INPUT;
    }
    DepartmentPolicy policy = OutboxPolicy.prepare(out);
    OutboxConnector connector = new OutboxConnector(out, Platform.MASTODON, Clock.systemUTC());
    int posted = 0;
    int refused = 0;
    System.out.println("RadShare demo — synthetic captures, posting to " + out);
    System.out.println();
    try (AuditLog audit = AuditLog.open(policy.audit())) {
      Publisher publisher = new Publisher(Pipeline.service(), policy, audit, Actor.currentOsUser());
      for (JsonNode c : cases()) {
        PublishOutcome outcome = publisher.publish(request(c, images), connector);
        if (outcome instanceof PublishOutcome.Posted) {
          posted++;
        } else {
          refused++;
        }
        printRow(c.get("fixture").asText(), outcome);
      }
      PublishOutcome layout = publisher.publish(layoutRequest(images), connector);
      printRow("2 views", layout);
      ClipOutcome clip = postClip(publisher, images.resolveSibling("cine"), connector);
      printClipRow(clip);
      for (boolean done :
          List.of(layout instanceof PublishOutcome.Posted, clip instanceof ClipOutcome.Posted)) {
        posted += done ? 1 : 0;
        refused += done ? 0 : 1;
      }
    }
    var verify = new AuditVerifier(Optional.empty()).verify(policy.audit().log());
    System.out.println();
    System.out.printf("Posted %d, refused %d. Outbox: %s%n", posted, refused, out);
    System.out.println("Audit trail " + policy.audit().log() + ": " + verify.summary());
    System.out.println(
        "Compliance report: ./radshare audit report --log "
            + policy.audit().log()
            + " --since 2000-01-01 --out "
            + out.resolve("report.html"));
    return RadShareCommand.EXIT_OK;
  }

  private static PublishRequest request(JsonNode c, Path images) throws Exception {
    String id = c.get("fixture").asText();
    ShareInput input =
        new ShareInput(
            ImageFiles.read(images.resolve(id + ".png")),
            Optional.of(HeaderFiles.read(images.resolve(id + ".header.json"))),
            c.get("caption").asText());
    PublishRequest request = PublishRequest.of(input, c.get("alt").asText(), "");
    return c.get("confirmReview").asBoolean()
        ? request.confirmingReview("Demo: preview checked, redactions cover the identifiers.")
        : request;
  }

  /** Two views of a layout in one post, each with its own alt text. */
  private static PublishRequest layoutRequest(Path images) throws Exception {
    List<PostImage> views = new ArrayList<>();
    for (String id : List.of("neg-001", "ct-001")) {
      views.add(
          new PostImage(
              ImageFiles.read(images.resolve(id + ".png")),
              Optional.of(HeaderFiles.read(images.resolve(id + ".header.json"))),
              "Axial CT of the abdomen (" + id + ").")); // fixture ids are synthetic
    }
    return PublishRequest.of(
            views, "Normal liver beside simple hepatic cysts, two views. #FOAMrad", "")
        .confirmingReview("Demo: both previews checked, redactions cover the identifiers.");
  }

  /** A CT scroll from the cine fixtures, checked frame by frame and posted as an MP4. */
  private static ClipOutcome postClip(Publisher publisher, Path cine, OutboxConnector connector)
      throws Exception {
    ClipInput input =
        new ClipInput(
            FrameFiles.read(cine.resolve("cine-001"), 100),
            Optional.of(HeaderFiles.read(cine.resolve("cine-001.header.json"))),
            "Scroll through a CT of the upper abdomen. #FOAMrad");
    CheckedClip checked = ClipCommands.service().check(input);
    ClipPublishRequest request =
        ClipPublishRequest.of(input, "Axial CT scroll, 24 slices.", VideoFormat.MP4, "")
            .confirmingReview("Demo: clip preview checked, the mask covers every frame.");
    return publisher.publishClip(request, checked, connector);
  }

  private static void printClipRow(ClipOutcome outcome) {
    String action = outcome instanceof ClipOutcome.Posted ? "POSTED " : "REFUSED";
    System.out.printf(
        "%-9s %-7s %s  %s%n", "cine-001", outcome.report().verdict(), action, outcome.message());
  }

  private static void printRow(String id, PublishOutcome outcome) {
    String action =
        outcome instanceof PublishOutcome.Posted
            ? "POSTED "
            : outcome instanceof PublishOutcome.Refused ? "REFUSED" : "FAILED ";
    System.out.printf("%-9s %-7s %s  %s%n", id, outcome.verdict(), action, outcome.message());
  }

  private static JsonNode cases() throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream("demo-cases.json")) {
      return new ObjectMapper().readTree(in);
    }
  }
}
