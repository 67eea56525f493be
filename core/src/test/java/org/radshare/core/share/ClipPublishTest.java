/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jcodec.api.awt.AWTFrameGrab;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.audit.AuditVerifier;
import org.radshare.core.audit.Sha256;
import org.radshare.core.audit.VerifyReport;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.ClipReport;
import org.radshare.core.cine.ClipService;
import org.radshare.core.cine.FrameCoverage;
import org.radshare.core.cine.FrameFiles;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.encode.video.ClipEncoder;
import org.radshare.core.encode.video.ClipLimits;
import org.radshare.core.encode.video.EncodedClip;
import org.radshare.core.encode.video.GifBlocks;
import org.radshare.core.encode.video.Mp4Boxes;
import org.radshare.core.encode.video.VideoFormat;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.Verdict;

/**
 * A clip from test-data checked, reviewed (a manual box on a range of frames) and published through
 * the same gates and audit as a still; what is refused leaves nothing behind.
 */
class ClipPublishTest {

  private static final Path CINE = Path.of("..", "test-data", "fixtures", "cine");
  private static final ClipService SERVICE = new ClipService(new PixelScanner());
  private static ClipInput input;
  private static CheckedClip reviewed;

  @TempDir Path dir;
  private DepartmentPolicy policy;
  private Path outbox;

  @BeforeAll
  static void checkAndReviewTheFixture() throws Exception {
    input = input("");
    CheckedClip checked = SERVICE.check(input);
    assertThat(checked.report().verdict()).isEqualTo(Verdict.REVIEW);
    // The radiologist blacks out a corner the checks left alone, on frames 3-6 only.
    reviewed =
        SERVICE.recheck(input, checked, checked.mask().plusRange(new Box(150, 110, 20, 20), 3, 6));
    assertThat(reviewed.report().verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(reviewed.report().residual()).isEmpty();
  }

  @BeforeEach
  void policy() throws Exception {
    policy = TestDepartment.policy(dir, 10, false);
    outbox = dir.resolve("outbox");
  }

  @Test
  void aReviewedClipIsPostedAsAnMp4ThatDecodesAndIsAuditedByItsHash() throws Exception {
    ClipPublishRequest request =
        ClipPublishRequest.of(input, "Ultrasound loop of the liver", VideoFormat.MP4, "")
            .withHashtags(List.of("FOAMrad"))
            .confirmingReview("Corner blacked out by hand");

    ClipOutcome outcome = publish(request, reviewed);

    assertThat(outcome).as(outcome.message()).isInstanceOf(ClipOutcome.Posted.class);
    Path entry = onlyEntry();
    byte[] written = Files.readAllBytes(entry.resolve("media-1.mp4"));
    Mp4Boxes.check(written);
    assertThat(decodedFrames(written)).isEqualTo(reviewed.redacted().orElseThrow().size());
    String hash = ((ClipOutcome.Posted) outcome).mediaSha256();
    assertThat(Sha256.hex(written)).isEqualTo(hash);
    assertThat(outcome.adjustments()).as("Mastodon takes the clip as captured").isEmpty();
    JsonNode post = new ObjectMapper().readTree(entry.resolve("post.json").toFile());
    assertThat(post.get("media").get(0).get("mimeType").asText()).isEqualTo("video/mp4");
    assertThat(post.get("media").get(0).get("altText").asText())
        .isEqualTo("Ultrasound loop of the liver");
    String audit = auditText();
    assertThat(audit).contains(hash).contains("\"REVIEW\"").doesNotContainIgnoringCase("okonkwo");
    assertThat(new AuditVerifier(Optional.empty()).verify(policy.audit().log()).integrity())
        .isEqualTo(VerifyReport.Integrity.INTACT);
  }

  @Test
  void aFormatThePlatformDoesNotPlayIsRefusedBeforeAnythingIsEncodedOrWritten() throws Exception {
    OutboxConnector bluesky = new OutboxConnector(outbox, Platform.BLUESKY, Clock.systemUTC());
    ClipPublishRequest request =
        ClipPublishRequest.of(input, "Ultrasound loop", VideoFormat.GIF, "")
            .confirmingReview("Corner blacked out by hand");

    ClipOutcome outcome = publish(request, reviewed, bluesky);

    assertThat(outcome).isInstanceOf(ClipOutcome.Refused.class);
    assertThat(outcome.message()).contains("Bluesky does not play GIFs");
    assertNothingLeft();
  }

  @Test
  void aGifIsFittedToTheTargetPlatformsByteCap() throws Exception {
    OutboxConnector linkedIn = new OutboxConnector(outbox, Platform.LINKEDIN, Clock.systemUTC());
    ClipPublishRequest request =
        ClipPublishRequest.of(input, "Ultrasound loop", VideoFormat.GIF, "")
            .confirmingReview("Corner blacked out by hand");

    ClipOutcome outcome = publish(request, reviewed, linkedIn);

    assertThat(outcome).as(outcome.message()).isInstanceOf(ClipOutcome.Posted.class);
    byte[] gif = Files.readAllBytes(onlyEntry().resolve("media-1.gif"));
    assertThat((long) gif.length)
        .isLessThanOrEqualTo(ClipLimits.of(Platform.LINKEDIN, VideoFormat.GIF).maxBytes());
    assertThat(GifBlocks.check(gif)).isPositive();
    assertThat(Sha256.hex(gif)).isEqualTo(((ClipOutcome.Posted) outcome).mediaSha256());
    FrameSet frames = reviewed.redacted().orElseThrow();
    EncodedClip fitted =
        ClipEncoder.encode(
            frames.frames(),
            frames.frameMillis(),
            VideoFormat.GIF,
            ClipLimits.of(Platform.LINKEDIN, VideoFormat.GIF));
    assertThat(outcome.adjustments()).isEqualTo(fitted.adjustments());
  }

  @Test
  void whatFittingChangedIsInTheOutcome() throws Exception {
    // A long checked clip of small frames: X takes at most 350 frames in a GIF.
    List<BufferedImage> frames = new ArrayList<>();
    List<FrameCoverage> coverage = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      frames.add(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB));
      coverage.add(new FrameCoverage.Scanned(i));
    }
    FrameSet set = new FrameSet(frames, 100);
    ClipInput clip = new ClipInput(set, input.header(), "");
    ClipReport pass =
        new ClipReport(
            Verdict.PASS, List.of(), List.of(), List.of(), List.of(), coverage, coverage, 0);
    OutboxConnector x = new OutboxConnector(outbox, Platform.X, Clock.systemUTC());

    ClipOutcome outcome =
        publish(
            ClipPublishRequest.of(clip, "Blank loop", VideoFormat.GIF, ""),
            new CheckedClip(pass, Optional.of(set), ClipMask.of(List.of())),
            x);

    assertThat(outcome).as(outcome.message()).isInstanceOf(ClipOutcome.Posted.class);
    assertThat(outcome.adjustments()).containsExactly("Dropped frames evenly to 350 of 400 to fit");
    assertThat(GifBlocks.check(Files.readAllBytes(onlyEntry().resolve("media-1.gif"))))
        .isEqualTo(350);
  }

  @Test
  void anUnconfirmedReviewIsRefusedAndNothingIsWritten() throws Exception {
    ClipOutcome outcome =
        publish(ClipPublishRequest.of(input, "Loop", VideoFormat.MP4, ""), reviewed);

    assertThat(outcome).isInstanceOf(ClipOutcome.Refused.class);
    assertThat(outcome.message()).startsWith("Look at the preview and confirm the review");
    assertNothingLeft();
  }

  @Test
  void aBlockedClipIsRefusedEvenWhenConfirmedAndNothingIsWritten() throws Exception {
    ClipInput named = input("Thanks to Dr Okonkwo for the loop");
    CheckedClip checked = SERVICE.check(named);
    assertThat(checked.report().verdict()).isEqualTo(Verdict.BLOCK);

    ClipOutcome outcome =
        publish(
            ClipPublishRequest.of(named, "Loop", VideoFormat.MP4, "")
                .confirmingReview("Checked every frame myself"),
            checked);

    assertThat(outcome).isInstanceOf(ClipOutcome.Refused.class);
    assertThat(outcome.message()).startsWith("Blocked: ");
    assertNothingLeft();
  }

  @Test
  void aCaptionEditedAfterTheCheckIsRefused() throws Exception {
    ClipInput edited = new ClipInput(input.frames(), input.header(), "Courtesy of Dr Okonkwo");

    ClipOutcome outcome =
        publish(
            ClipPublishRequest.of(edited, "Loop", VideoFormat.MP4, "")
                .confirmingReview("Corner blacked out by hand"),
            reviewed);

    assertThat(outcome).isInstanceOf(ClipOutcome.Refused.class);
    assertThat(outcome.message()).contains("changed after the check");
    assertNothingLeft();
  }

  @Test
  void aClipWithoutCheckedFramesNeverLeaves() throws Exception {
    CheckedClip unchecked = new CheckedClip(reviewed.report(), Optional.empty(), reviewed.mask());

    ClipOutcome outcome =
        publish(
            ClipPublishRequest.of(input, "Loop", VideoFormat.MP4, "")
                .confirmingReview("Corner blacked out by hand"),
            unchecked);

    assertThat(outcome).isInstanceOf(ClipOutcome.Refused.class);
    assertNothingLeft();
  }

  @Test
  void missingAltTextIsRefused() throws Exception {
    ClipOutcome outcome =
        publish(
            ClipPublishRequest.of(input, " ", VideoFormat.MP4, "")
                .confirmingReview("Corner blacked out by hand"),
            reviewed);

    assertThat(outcome.message()).isEqualTo("Describe the image in the alt text before posting.");
    assertNothingLeft();
  }

  private static ClipInput input(String caption) throws Exception {
    return new ClipInput(
        FrameFiles.read(CINE.resolve("cine-002"), 100),
        Optional.of(HeaderFiles.read(CINE.resolve("cine-002.header.json"))),
        caption);
  }

  private ClipOutcome publish(ClipPublishRequest request, CheckedClip checked) throws IOException {
    return publish(
        request, checked, new OutboxConnector(outbox, Platform.MASTODON, Clock.systemUTC()));
  }

  private ClipOutcome publish(
      ClipPublishRequest request, CheckedClip checked, OutboxConnector connector)
      throws IOException {
    try (AuditLog audit = AuditLog.open(policy.audit())) {
      return new Publisher(
              ShareService.create(), policy, audit, new Actor("tester", Optional.empty()))
          .publishClip(request, checked, connector);
    }
  }

  private static int decodedFrames(byte[] mp4) throws Exception {
    AWTFrameGrab grab =
        AWTFrameGrab.createAWTFrameGrab(
            ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)));
    int decoded = 0;
    for (BufferedImage f = grab.getFrame(); f != null; f = grab.getFrame()) {
      decoded++;
    }
    return decoded;
  }

  private Path onlyEntry() throws IOException {
    try (Stream<Path> entries = Files.list(outbox)) {
      List<Path> all = entries.filter(p -> Files.exists(p.resolve("post.json"))).toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  private void assertNothingLeft() throws IOException {
    if (Files.exists(outbox)) {
      try (Stream<Path> files = Files.walk(outbox)) {
        assertThat(files.filter(Files::isRegularFile)).isEmpty();
      }
    }
    assertThat(auditText()).as("no audit intent").isEmpty();
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
}
