/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.connect.ClipSupport;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.encode.video.ClipEncoder;
import org.radshare.core.encode.video.ClipLimits;
import org.radshare.core.encode.video.EncodedClip;
import org.radshare.core.encode.video.VideoFormat;

/**
 * The clip encoder fits a clip to X's rules (docs.x.com/x-api/media/quickstart/best-practices:
 * video 0.5-140 s at most 60 FPS; GIF width x height x frames at most 300 million) so that the X
 * connector's own check, reading the file, accepts what the encoder made instead of refusing it.
 */
class XClipFitTest {

  private static List<BufferedImage> synthetic(int count, int w, int h) {
    List<BufferedImage> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BufferedImage f = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = f.createGraphics();
      g.setColor(Color.GRAY);
      g.fillOval(i * 3 % w, h / 4, w / 3, h / 2);
      g.dispose();
      out.add(f);
    }
    return out;
  }

  @Test
  void aTooFastTooShortVideoIsFittedAndThenAcceptedByX() throws Exception {
    // 30 frames at 4 ms: 250 frames a second for 0.12 s.
    EncodedClip clip =
        ClipEncoder.encode(
            synthetic(30, 96, 64), 4, VideoFormat.MP4, ClipLimits.of(Platform.X, VideoFormat.MP4));
    assertThat(clip.frames() / clip.seconds()).isLessThanOrEqualTo(XClipRules.MAX_FPS);
    assertThat(clip.seconds()).isGreaterThanOrEqualTo(XClipRules.MIN_SECONDS);
    assertThat(clip.adjustments()).hasSize(2);
    MediaItem item = new MediaItem(clip.bytes(), ClipSupport.MP4, "", clip.width(), clip.height());
    assertThatCode(() -> XClipRules.check(item)).doesNotThrowAnyException();
  }

  @Test
  void aTooFastGifIsFittedAndThenAcceptedByX() throws Exception {
    EncodedClip clip =
        ClipEncoder.encode(
            synthetic(12, 64, 48), 5, VideoFormat.GIF, ClipLimits.of(Platform.X, VideoFormat.GIF));
    MediaItem item = new MediaItem(clip.bytes(), ClipSupport.GIF, "", clip.width(), clip.height());
    assertThatCode(() -> XClipRules.check(item)).doesNotThrowAnyException();
  }

  @Test
  void theEncoderUsesTheSameGifPixelFrameLimitAsTheConnector() {
    ClipLimits gif = ClipLimits.of(Platform.X, VideoFormat.GIF);
    assertThat(gif.maxPixelFrames()).isEqualTo(XClipRules.GIF_MAX_PIXEL_FRAMES);
    assertThat(gif.maxFps()).isLessThanOrEqualTo(XClipRules.MAX_FPS);
    ClipLimits mp4 = ClipLimits.of(Platform.X, VideoFormat.MP4);
    assertThat(mp4.maxFps()).isEqualTo(XClipRules.MAX_FPS);
    assertThat(mp4.minSeconds()).isEqualTo(XClipRules.MIN_SECONDS);
  }
}
