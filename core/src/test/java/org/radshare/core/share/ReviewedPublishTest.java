/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;

/**
 * Posting an image the user edited in review: it is re-read by real OCR exactly as it will leave,
 * readable identifying or unknown text blocks it, and a clean image leaves pixel for pixel.
 */
class ReviewedPublishTest {

  private static final ShareService SERVICE = ShareService.create();
  private static final String HEADER =
      """
      {"00100010": {"vr": "PN", "Value": [{"Alphabetic": "SMITHSON^JOHANNA"}]},
       "00100020": {"vr": "LO", "Value": ["8377162"]},
       "00080060": {"vr": "CS", "Value": ["CT"]}}
      """;

  @TempDir Path dir;
  private DepartmentPolicy policy;
  private Path outbox;

  @BeforeEach
  void policy() throws Exception {
    policy = TestDepartment.policy(dir, 0, true);
    outbox = dir.resolve("outbox");
  }

  @Test
  void aNameLeftReadableInTheFinalImageBlocksAndNothingLeaves() throws Exception {
    BufferedImage shown = scan("SMITHSON JOHANNA");

    PublishOutcome outcome = publish(shown);

    assertThat(outcome).isInstanceOf(PublishOutcome.Refused.class);
    assertThat(outcome.report().verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(outcome.report().reasons()).extracting(Reason::code).contains("pixel.final-phi");
    assertThat(outcome.message()).contains("readable in the image to be posted");
    assertThat(filesUnder(outbox)).isEmpty();
    assertThat(auditText()).as("no audit intent").isEmpty();
  }

  @Test
  void unknownTextLeftReadableBlocksEvenThoughTheFirstScanWouldOnlyAskForReview() {
    BufferedImage shown = scan("QUARTZ WEBHOOK 4471");

    CheckedShare checked = SERVICE.recheck(new ShareInput(shown, header(), ""));

    assertThat(checked.report().verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(checked.report().reasons()).extracting(Reason::code).contains("pixel.final-text");
    assertThat(checked.redacted()).containsSame(shown);
    assertThat(checked.filled()).as("nothing redacted behind the user's back").isEmpty();
  }

  @Test
  void aCleanFinalImageIsPostedPixelForPixelAsPreviewed() throws Exception {
    BufferedImage shown = scan("");

    PublishOutcome outcome = publish(shown);

    assertThat(outcome).as(outcome.message()).isInstanceOf(PublishOutcome.Posted.class);
    List<Path> media =
        filesUnder(outbox).stream().filter(p -> p.toString().endsWith(".png")).toList();
    assertThat(media).hasSize(1);
    BufferedImage sent = ImageIO.read(media.get(0).toFile());
    assertThat(sent.getWidth()).isEqualTo(shown.getWidth());
    for (int y = 0; y < shown.getHeight(); y++) {
      for (int x = 0; x < shown.getWidth(); x++) {
        assertThat(sent.getRGB(x, y) & 0xFFFFFF).isEqualTo(shown.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertThat(auditText()).isNotEmpty();
  }

  @Test
  void aFinalImageThatCannotBeReadIsNeverPassedOn() throws Exception {
    ShareService broken = new ShareService(new PixelScanner(dir.resolve("no-tessdata")));

    CheckedShare checked = broken.recheck(new ShareInput(scan(""), header(), ""));

    assertThat(checked.report().verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(checked.report().reasons()).extracting(Reason::code).contains("check.failed");
    assertThat(checked.redacted()).isEmpty();
  }

  @Test
  void theUsersContentWarningReplacesTheDepartmentDefault() {
    PublishRequest request =
        PublishRequest.of(new ShareInput(scan(""), header(), ""), "alt", "")
            .withContentWarning("  Surgery  ");

    assertThat(request.answers().contentWarning()).contains("Surgery");
    assertThat(request.withContentWarning(" ").answers().contentWarning()).isEmpty();
  }

  private PublishOutcome publish(BufferedImage finalImage) throws IOException {
    PublishRequest request =
        PublishRequest.of(
                new ShareInput(finalImage, header(), "Classic findings."), "Axial CT slice", "")
            .confirmingReview("");
    try (AuditLog audit = AuditLog.open(policy.audit())) {
      return new Publisher(SERVICE, policy, audit, new Actor("tester", Optional.empty()))
          .publishReviewed(
              request, new OutboxConnector(outbox, Platform.MASTODON, Clock.systemUTC()));
    }
  }

  private static Optional<Dataset> header() {
    try {
      return Optional.of(DicomJsonReader.read(HEADER));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** A grey disc on black, like a crop of a slice, with {@code text} burned into the corner. */
  private static BufferedImage scan(String text) {
    BufferedImage img = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 480, 360);
    g.setColor(new Color(110, 110, 110));
    g.fillOval(140, 90, 200, 200);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
    g.drawString(text, 12, 34);
    g.dispose();
    return img;
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
