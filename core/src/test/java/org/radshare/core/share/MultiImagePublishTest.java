/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.audit.AuditVerifier;
import org.radshare.core.audit.Sha256;
import org.radshare.core.audit.VerifyReport;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.encode.PngChunks;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;

/**
 * A post of several images: each checked on its own, the caption once against every header, the
 * post as strict as its strictest image, and nothing sent or audited when any image is refused.
 */
class MultiImagePublishTest {

  private static final ShareService SERVICE = ShareService.create();

  @TempDir Path dir;
  private DepartmentPolicy policy;
  private Path outbox;

  @BeforeEach
  void policy() throws Exception {
    policy = TestDepartment.policy(dir, 0, false);
    outbox = dir.resolve("outbox");
  }

  @Test
  void twoImagesArePostedTogetherMetadataFreeAndBothAreAudited() throws Exception {
    PublishRequest request =
        PublishRequest.of(
                List.of(
                    new PostImage(scan(120), header("SMITHSON^JOHANNA", "8377162"), "Axial CT"),
                    new PostImage(scan(180), header("SMITHSON^JOHANNA", "8377162"), "Coronal CT")),
                "Two planes of the same lesion.",
                "")
            .confirmingReview("");

    PublishOutcome outcome = publish(request, false);

    assertThat(outcome).as(outcome.message()).isInstanceOf(PublishOutcome.Posted.class);
    assertThat(outcome.reports()).hasSize(2);
    List<String> hashes = ((PublishOutcome.Posted) outcome).mediaSha256();
    assertThat(hashes).hasSize(2).doesNotHaveDuplicates();
    List<Path> media = media();
    assertThat(media)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("media-1.png", "media-2.png");
    List<String> written = new ArrayList<>();
    for (Path m : media) {
      byte[] bytes = Files.readAllBytes(m);
      PngChunks.requireClean(bytes);
      assertThat(ImageIO.read(m.toFile()).getWidth()).isEqualTo(480);
      written.add(Sha256.hex(bytes));
    }
    assertThat(written).isEqualTo(hashes);
    assertThat(auditText()).contains(hashes.get(0)).contains(hashes.get(1));
    VerifyReport verified = new AuditVerifier(Optional.empty()).verify(policy.audit().log());
    assertThat(verified.integrity()).isEqualTo(VerifyReport.Integrity.INTACT);
    assertThat(Files.readString(postJson())).contains("Axial CT").contains("Coronal CT");
  }

  @Test
  void aNameReadableInOneOfTwoReviewedImagesRefusesThePostAndNothingLeaves() throws Exception {
    PublishRequest request =
        PublishRequest.of(
                List.of(
                    new PostImage(scan(120), header("SMITHSON^JOHANNA", "8377162"), "Axial CT"),
                    new PostImage(
                        withText(scan(180), "SMITHSON JOHANNA"),
                        header("SMITHSON^JOHANNA", "8377162"),
                        "Coronal CT")),
                "Two planes.",
                "")
            .confirmingReview("");

    PublishOutcome outcome = publish(request, true);

    assertThat(outcome).isInstanceOf(PublishOutcome.Refused.class);
    assertThat(outcome.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(outcome.reports().get(1).reasons())
        .extracting(Reason::code)
        .contains("pixel.final-phi");
    assertThat(filesUnder(outbox)).isEmpty();
    assertThat(auditText()).as("no audit intent").isEmpty();
  }

  @Test
  void aNameFromTheSecondImagesHeaderInTheCaptionBlocksThePost() throws Exception {
    PublishRequest request =
        PublishRequest.of(
                List.of(
                    new PostImage(scan(120), header("SMITHSON^JOHANNA", "8377162"), "Axial CT"),
                    new PostImage(scan(180), header("OKONKWO^ADAEZE", "5521907"), "Coronal CT")),
                "Thanks to Adaeze Okonkwo for the case.",
                "")
            .confirmingReview("");

    PublishOutcome outcome = publish(request, false);

    assertThat(outcome).isInstanceOf(PublishOutcome.Refused.class);
    assertThat(outcome.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(outcome.report().captionFindings()).isNotEmpty();
    assertThat(filesUnder(outbox)).isEmpty();
    assertThat(auditText()).isEmpty();
    // The attempt is recorded as BLOCKED, with the caption withheld: the name never reaches it.
    String all = Files.readString(policy.audit().log());
    assertThat(all)
        .contains("\"type\":\"REFUSAL\"")
        .contains("\"outcome\":\"BLOCKED\"")
        .contains("\"gate\":\"verdict.BLOCK\"")
        .contains("[withheld: identifier found: PatientName]")
        .contains("\"alt\":[\"Axial CT\",\"Coronal CT\"]")
        .doesNotContain("Okonkwo")
        .doesNotContain("Adaeze")
        .doesNotContain("OKONKWO");
  }

  @Test
  void fiveImagesAreRefusedBeforeAnyCheck() throws Exception {
    PostImage one = new PostImage(scan(120), header("SMITHSON^JOHANNA", "8377162"), "CT");
    PublishOutcome outcome =
        publish(
            PublishRequest.of(Collections.nCopies(5, one), "Five", "").confirmingReview(""), false);

    assertThat(outcome).isInstanceOf(PublishOutcome.Refused.class);
    assertThat(outcome.message()).contains("at most 4 images");
    assertThat(outcome.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(filesUnder(outbox)).isEmpty();
    assertThat(auditText()).isEmpty();
  }

  @Test
  void missingAltTextOnTheSecondImageIsRefusedNamingIt() throws Exception {
    PublishRequest request =
        PublishRequest.of(
                List.of(
                    new PostImage(scan(120), header("SMITHSON^JOHANNA", "8377162"), "Axial CT"),
                    new PostImage(scan(180), header("SMITHSON^JOHANNA", "8377162"), "  ")),
                "Two planes.",
                "")
            .confirmingReview("");

    PublishOutcome outcome = publish(request, true);

    assertThat(outcome).isInstanceOf(PublishOutcome.Refused.class);
    assertThat(outcome.message()).isEqualTo("Describe image 2 in the alt text before posting.");
    assertThat(filesUnder(outbox)).isEmpty();
    assertThat(auditText()).isEmpty();
    assertThat(Files.readString(policy.audit().log()))
        .contains("\"outcome\":\"REFUSED\"")
        .contains("\"message\":\"Describe image 2 in the alt text before posting.\"")
        .doesNotContain("SMITHSON");
  }

  @Test
  void theSingleImageFormKeepsItsAccessors() {
    ShareInput input = new ShareInput(scan(120), header("SMITHSON^JOHANNA", "1"), "Caption");
    PublishRequest request = PublishRequest.of(input, " Alt ", "me");

    assertThat(request.images()).hasSize(1);
    assertThat(request.altText()).isEqualTo("Alt");
    assertThat(request.input().caption()).isEqualTo("Caption");
    assertThat(request.input().image()).isSameAs(input.image());
  }

  private PublishOutcome publish(PublishRequest request, boolean reviewed) throws IOException {
    try (AuditLog audit = AuditLog.open(policy.audit())) {
      Publisher publisher =
          new Publisher(SERVICE, policy, audit, new Actor("tester", Optional.empty()));
      OutboxConnector connector = new OutboxConnector(outbox, Platform.MASTODON, Clock.systemUTC());
      return reviewed
          ? publisher.publishReviewed(request, connector)
          : publisher.publish(request, connector);
    }
  }

  static Optional<Dataset> header(String name, String id) {
    try {
      return Optional.of(
          DicomJsonReader.read(
              """
              {"00100010": {"vr": "PN", "Value": [{"Alphabetic": "%s"}]},
               "00100020": {"vr": "LO", "Value": ["%s"]},
               "00080060": {"vr": "CS", "Value": ["CT"]}}
              """
                  .formatted(name, id)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** A grey disc on black, like a crop of a slice, without any text. */
  static BufferedImage scan(int grey) {
    BufferedImage img = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 480, 360);
    g.setColor(new Color(grey, grey, grey));
    g.fillOval(140, 90, 200, 200);
    g.dispose();
    return img;
  }

  static BufferedImage withText(BufferedImage img, String text) {
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
    g.drawString(text, 12, 34);
    g.dispose();
    return img;
  }

  private List<Path> media() throws IOException {
    return filesUnder(outbox).stream()
        .filter(p -> p.getFileName().toString().startsWith("media-"))
        .sorted()
        .toList();
  }

  private Path postJson() throws IOException {
    return filesUnder(outbox).stream()
        .filter(p -> p.getFileName().toString().equals("post.json"))
        .findFirst()
        .orElseThrow();
  }

  private String auditText() throws IOException {
    Path log = policy.audit().log();
    // Refusals are recorded (REFUSAL); what must be absent is an intent to send.
    return Files.exists(log)
        ? Files.readAllLines(log).stream()
            .filter(l -> l.contains("\"type\":\"INTENT\"") || l.contains("\"type\":\"RESULT\""))
            .collect(java.util.stream.Collectors.joining("\n"))
        : "";
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
