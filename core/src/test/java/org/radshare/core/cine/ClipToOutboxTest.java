/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.MediaRef;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.PostResult;
import org.radshare.core.connect.compose.PostComposer;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.encode.video.ClipEncoder;
import org.radshare.core.encode.video.ClipLimits;
import org.radshare.core.encode.video.EncodedClip;
import org.radshare.core.encode.video.Mp4Boxes;
import org.radshare.core.encode.video.VideoFormat;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.policy.Verdict;

/**
 * A clip from test-data checked, reviewed (a manual box added), encoded and posted to the outbox.
 */
class ClipToOutboxTest {

  @Test
  void aFixtureClipGoesFromFramesToAnOutboxEntry(@TempDir Path outbox) throws Exception {
    ClipService service = new ClipService(new PixelScanner());
    ClipInput input = CineFixtures.input("cine-002");
    CheckedClip checked = service.check(input);
    assertThat(checked.report().verdict()).isEqualTo(Verdict.REVIEW);

    // The radiologist blacks out part of the scan that the checks left alone, on frames 3-6 only.
    Box corner = untouched(checked.mask().boxesFor(4), 320, 240);
    FrameSet before = checked.redacted().orElseThrow();
    assertThat(ClipServiceTest.blackShare(before.frame(4), corner)).isLessThan(1.0);
    CheckedClip reviewed = service.recheck(input, checked, checked.mask().plusRange(corner, 3, 6));
    FrameSet frames = reviewed.redacted().orElseThrow();
    assertThat(reviewed.report().residual()).isEmpty();
    assertThat(ClipServiceTest.blackShare(frames.frame(4), corner)).isEqualTo(1.0);
    assertThat(ClipServiceTest.blackShare(frames.frame(8), corner)).isLessThan(1.0);

    EncodedClip mp4 =
        ClipEncoder.encode(
            frames.frames(),
            frames.frameMillis(),
            VideoFormat.MP4,
            ClipLimits.of(Platform.MASTODON, VideoFormat.MP4));
    MediaItem item =
        new MediaItem(
            mp4.bytes(), VideoFormat.MP4.mimeType(), "Ultrasound loop", mp4.width(), mp4.height());
    OutboxConnector connector =
        new OutboxConnector(
            outbox,
            Platform.OUTBOX,
            Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
    PostDraft draft =
        PostComposer.prepare(
            PostDraft.of("Teaching loop #FOAMrad", List.of(item)), connector.limits());
    MediaRef ref = connector.uploadMedia(draft.images().get(0));
    PostResult posted = connector.createPost(draft, List.of(ref));

    Path entry = outbox.resolve(posted.id());
    byte[] written = Files.readAllBytes(entry.resolve("media-1.mp4"));
    Mp4Boxes.check(written);
    assertThat(written).isEqualTo(mp4.bytes());
    JsonNode post = new ObjectMapper().readTree(entry.resolve("post.json").toFile());
    assertThat(post.get("media").get(0).get("mimeType").asText()).isEqualTo("video/mp4");
  }

  /** A 20×20 box inside the image that no automatic redaction box of the frame touches. */
  private static Box untouched(List<Box> masked, int width, int height) {
    for (int y = 40; y + 20 <= height; y += 10) {
      for (int x = 40; x + 20 <= width; x += 10) {
        Box candidate = new Box(x, y, 20, 20).grow(12, width, height);
        if (masked.stream().noneMatch(candidate::intersects)) {
          return new Box(x, y, 20, 20);
        }
      }
    }
    throw new AssertionError("the automatic mask covers the whole frame");
  }
}
