/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.Actor;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.cine.ClipService;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.token.EncryptedFileTokenStore;
import org.radshare.core.connect.token.KeyFile;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.encode.video.Mp4Boxes;
import org.radshare.core.encode.video.VideoFormat;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.policy.PolicyException;
import org.radshare.core.review.ShareDraft;
import org.radshare.plugin.TestPolicies;
import org.radshare.plugin.review.ClipPosted;
import org.radshare.plugin.review.ClipShare;
import org.radshare.plugin.review.Justification;

/** Posting an approved clip through core's publisher: policy first, sign-ins up front, audited. */
class ReviewedClipPostingTest {

  private static final PixelScanner PIXELS = new PixelScanner();
  private static final Path CLIP = Path.of("..", "test-data", "fixtures", "cine", "cine-003");
  private static String header;
  private static FrameSet frames;
  private static CheckedClip detected;

  @TempDir Path dir;

  @BeforeAll
  static void checkTheFixtureOnce() throws Exception {
    header = Files.readString(Path.of(CLIP + ".header.json"));
    List<BufferedImage> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(ImageIO.read(CLIP.resolve("frame-%03d.png".formatted(i)).toFile()));
    }
    frames = new FrameSet(six, 100);
    detected =
        new ClipService(PIXELS)
            .check(new ClipInput(frames, Optional.of(DicomJsonReader.read(header)), ""));
  }

  @Test
  void withoutAConfiguredPolicyNothingIsPosted() {
    assertThatThrownBy(() -> posting("").post(share(), draft(Platform.OUTBOX), why()))
        .isInstanceOf(PolicyException.class);
    assertThat(dir.resolve("data/outbox")).doesNotExist();
  }

  @Test
  void aMissingSignInStopsTheClipBeforeAnythingIsSent() throws Exception {
    ReviewedClipPosting posting = posting(policy().toString());
    assertThatThrownBy(
            () -> posting.post(share(), draft(Platform.OUTBOX, Platform.MASTODON), why()))
        .hasMessageContaining("Mastodon");
    assertThat(files(dir.resolve("data/outbox"))).isEmpty();
  }

  @Test
  void anApprovedClipGoesToTheOutboxAsMp4AndIsAudited() throws Exception {
    ClipPosted done = posting(policy().toString()).post(share(), draft(Platform.OUTBOX), why());

    assertThat(done.urls()).hasSize(1);
    List<Path> mp4 =
        files(dir.resolve("data/outbox")).stream()
            .filter(p -> p.toString().endsWith(".mp4"))
            .toList();
    assertThat(mp4).hasSize(1);
    Mp4Boxes.check(Files.readAllBytes(mp4.get(0)));
    assertThat(Files.readString(dir.resolve("audit/audit.jsonl"))).isNotBlank();
  }

  @Test
  void noPlatformIsAClearRefusal() {
    assertThatThrownBy(() -> posting("unused").post(share(), draft(), why()))
        .isInstanceOf(ReviewedPosting.NotPostedException.class)
        .hasMessage("Choose where to post.");
  }

  private ReviewedClipPosting posting(String policyLocation) {
    Department department =
        new Department(
            () -> policyLocation,
            name -> dir.resolve("data").resolve(name),
            new EncryptedFileTokenStore(dir.resolve("tokens"), new KeyFile(dir.resolve("key"))),
            ApiClient::create);
    return new ReviewedClipPosting(PIXELS, department, new Actor("tester", Optional.empty()));
  }

  private static ClipShare share() {
    return new ClipShare(frames, detected, detected.mask(), header, VideoFormat.MP4);
  }

  private static Justification why() {
    return new Justification("Every frame checked by me", false);
  }

  private static ShareDraft draft(Platform... platforms) {
    return new ShareDraft(
        "MR scroll #FOAMrad",
        "MR scroll",
        List.of("#FOAMrad"),
        "Axial MR scroll through the brain",
        "",
        List.of(platforms),
        true);
  }

  private Path policy() throws IOException {
    return TestPolicies.write(dir, 12, true);
  }

  private static List<Path> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }
}
