/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.TestClips;

/**
 * X's clip rules, read from the encoded file before upload. Source: X media best practices
 * (https://docs.x.com/x-api/media/quickstart/best-practices): video 0.5-140 s, frame rate at most
 * 60 FPS, dimensions 32x32 to 1280x1024; GIF at most 1280x1080 and width x height x frames at most
 * 300 million.
 */
class XClipRulesTest {

  private static void refused(MediaItem clip, String why) {
    assertThatThrownBy(() -> XClipRules.check(clip))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.REJECTED);
              assertThat(e.getMessage()).contains(why);
            });
  }

  @Test
  void aVideoWithinEveryRuleIsAccepted() {
    assertThatCode(() -> XClipRules.check(TestClips.mp4("ok", 64, 48, 200)))
        .doesNotThrowAnyException();
  }

  @Test
  void aVideoShorterThanHalfASecondIsRefused() {
    refused(TestClips.mp4("short", 64, 48, 100), "0.40 s"); // four frames of 100 ms
  }

  @Test
  void aVideoFasterThanSixtyFramesASecondIsRefused() {
    // 4 frames of 5 ms would be 200 fps; jcodec rounds the timescale, the rule reads the file.
    refused(TestClips.mp4("fast", 64, 48, 5), "X takes videos of");
  }

  @Test
  void aVideoWiderThan1280IsRefused() {
    refused(TestClips.mp4("wide", 1296, 64, 200), "1280x1024");
  }

  @Test
  void unreadableVideoBytesAreRefusedNotUploaded() {
    refused(TestClips.opaque("video/mp4", 3000, "junk"), "could not be read back");
  }

  @Test
  void aGifWithMoreThan300MillionPixelFramesIsRefused() {
    // 1280 x 1080 x 218 = 301,363,200 > 300 million; 217 frames would be 299,980,800.
    refused(gif(1280, 1080, 218, 4), "300 million");
    assertThatCode(() -> XClipRules.check(gif(1280, 1080, 217, 4))).doesNotThrowAnyException();
  }

  @Test
  void aGifFasterThanSixtyFramesASecondIsRefused() {
    refused(gif(64, 48, 3, 1), "60 frames a second");
  }

  @Test
  void aGifLargerThan1280x1080IsRefused() {
    refused(gif(1281, 10, 2, 4), "1280x1080");
  }

  @Test
  void aRealEncodedGifIsRead() {
    assertThat(XClipRules.gifFrames(TestClips.gif("g").bytes()))
        .hasValueSatisfying(f -> assertThat(f.frames()).isEqualTo(4));
    assertThat(XClipRules.gifFrames(new byte[] {'G', 'I', 'F', '8', '9', 'a'})).isEmpty();
  }

  /**
   * A structurally complete GIF89a of {@code frames} 1x1 images on a {@code width}x{@code height}
   * screen, each with a graphic control delay of {@code centis}: what the rule reads, without
   * encoding gigapixels.
   */
  static MediaItem gif(int width, int height, int frames, int centis) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    le(out, width);
    le(out, height);
    out.write(0x80); // global colour table of 2 entries
    out.write(0);
    out.write(0);
    out.writeBytes(new byte[] {0, 0, 0, (byte) 255, (byte) 255, (byte) 255});
    for (int i = 0; i < frames; i++) {
      out.writeBytes(new byte[] {0x21, (byte) 0xF9, 4, 0});
      le(out, centis);
      out.writeBytes(new byte[] {0, 0});
      out.write(0x2C);
      le(out, 0);
      le(out, 0);
      le(out, 1);
      le(out, 1);
      out.write(0);
      out.writeBytes(new byte[] {2, 2, 0x4C, 0x01, 0}); // LZW size 2, one data block, end
    }
    out.write(0x3B);
    return new MediaItem(out.toByteArray(), "image/gif", "synthetic", width, height);
  }

  private static void le(ByteArrayOutputStream out, int v) {
    out.write(v & 0xFF);
    out.write((v >> 8) & 0xFF);
  }
}
