/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.api.awt.AWTFrameGrab;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radshare.core.encode.MetadataFoundException;

class ClipEncoderTest {
  private static List<BufferedImage> frames;

  @BeforeAll
  static void load() throws Exception {
    frames = new ArrayList<>();
    try (Stream<Path> files =
        Files.list(Path.of("..", "test-data", "fixtures", "cine", "cine-001"))) {
      for (Path p : files.sorted().toList()) {
        frames.add(ImageIO.read(p.toFile()));
      }
    }
    assertThat(frames).hasSize(24);
  }

  @Test
  void mp4DecodesToEveryFrameAtFullSizeAndCarriesNoMetadata() throws Exception {
    EncodedClip clip = ClipEncoder.encode(frames, 100, VideoFormat.MP4, ClipLimits.NONE);
    byte[] mp4 = clip.bytes();
    Mp4Boxes.check(mp4);
    assertThat(Mp4Boxes.walk(mp4))
        .extracting(Mp4Boxes.Box::type)
        .contains("ftyp", "mdat", "moov", "trak")
        .doesNotContain("udta", "meta", "uuid", "ilst");
    assertThat(new String(mp4, StandardCharsets.ISO_8859_1).toLowerCase())
        .doesNotContain("jcodec")
        .doesNotContain("lavf");
    AWTFrameGrab grab =
        AWTFrameGrab.createAWTFrameGrab(
            ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)));
    int decoded = 0;
    for (BufferedImage f = grab.getFrame(); f != null; f = grab.getFrame()) {
      assertThat(f.getWidth()).isEqualTo(256);
      assertThat(f.getHeight()).isEqualTo(256);
      decoded++;
    }
    assertThat(decoded).isEqualTo(24);
    assertThat(clip.frames()).isEqualTo(24);
    assertThat(clip.adjustments()).isEmpty();
  }

  @Test
  void gifDecodesToEveryFrameAtFullSizeAndHoldsOnlyTimingAndLooping() throws Exception {
    EncodedClip clip = ClipEncoder.encode(frames, 100, VideoFormat.GIF, ClipLimits.NONE);
    byte[] gif = clip.bytes();
    assertThat(GifBlocks.check(gif)).isEqualTo(24);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      assertThat(reader.getNumImages(true)).isEqualTo(24);
      BufferedImage last = reader.read(23);
      assertThat(last.getWidth()).isEqualTo(256);
      assertThat(last.getHeight()).isEqualTo(256);
    }
    assertThat(new String(gif, StandardCharsets.ISO_8859_1)).contains("NETSCAPE2.0");
  }

  @Test
  void aGifWithACommentIsRefused() throws Exception {
    byte[] gif =
        ClipEncoder.encode(frames.subList(0, 2), 100, VideoFormat.GIF, ClipLimits.NONE).bytes();
    ByteArrayOutputStream withComment = new ByteArrayOutputStream();
    withComment.write(gif, 0, gif.length - 1);
    withComment.write(new byte[] {0x21, (byte) 0xFE, 4, 'J', 'O', 'H', 'N', 0, 0x3B});
    assertThatThrownBy(() -> GifBlocks.check(withComment.toByteArray()))
        .isInstanceOf(MetadataFoundException.class)
        .hasMessageContaining("comment");
  }

  @Test
  void anMp4WithUserDataIsRefusedAndCleaned() throws Exception {
    byte[] mp4 =
        ClipEncoder.encode(frames.subList(0, 2), 100, VideoFormat.MP4, ClipLimits.NONE).bytes();
    ByteBuffer udta = ByteBuffer.allocate(16);
    udta.putInt(16)
        .put("udta".getBytes(StandardCharsets.ISO_8859_1))
        .put("JOHN".getBytes())
        .putInt(0);
    byte[] tainted = new byte[mp4.length + 16];
    System.arraycopy(mp4, 0, tainted, 0, mp4.length);
    System.arraycopy(udta.array(), 0, tainted, mp4.length, 16);
    assertThatThrownBy(() -> Mp4Boxes.check(tainted))
        .isInstanceOf(MetadataFoundException.class)
        .hasMessageContaining("udta");
    byte[] cleaned = Mp4Boxes.clean(tainted);
    assertThat(cleaned).isEqualTo(mp4);
  }

  @Test
  void tooManyFramesAreDroppedEvenlyAndSaidSo() throws Exception {
    ClipLimits tenFrames = new ClipLimits(Long.MAX_VALUE, 4096, 4096, 10, 600);
    EncodedClip clip = ClipEncoder.encode(frames, 100, VideoFormat.GIF, tenFrames);
    assertThat(clip.frames()).isEqualTo(10);
    assertThat(GifBlocks.check(clip.bytes())).isEqualTo(10);
    assertThat(clip.adjustments()).anyMatch(s -> s.contains("Dropped frames"));
  }

  @Test
  void aTooLongClipPlaysFasterFirst() throws Exception {
    ClipLimits oneSecond = new ClipLimits(Long.MAX_VALUE, 4096, 4096, 1000, 1.2);
    EncodedClip clip = ClipEncoder.encode(frames, 200, VideoFormat.GIF, oneSecond);
    assertThat(clip.frameMillis()).isEqualTo(50);
    assertThat(clip.frames()).isEqualTo(24);
    assertThat(clip.seconds()).isLessThanOrEqualTo(1.2);
    assertThat(clip.adjustments()).anyMatch(s -> s.contains("faster"));
  }

  @Test
  void aClipOverTheByteLimitIsScaledDownUntilItFits() throws Exception {
    int full = ClipEncoder.encode(frames, 100, VideoFormat.GIF, ClipLimits.NONE).size();
    ClipLimits half = new ClipLimits(full / 2, 4096, 4096, 1000, 600);
    EncodedClip clip = ClipEncoder.encode(frames, 100, VideoFormat.GIF, half);
    assertThat(clip.size()).isLessThanOrEqualTo(full / 2);
    assertThat(clip.width()).isLessThan(256);
    assertThat(clip.adjustments()).anyMatch(s -> s.contains("byte limit"));
  }

  /** Limits that only set the frame rate, the shortest playing time and the pixel-frame cap. */
  private static ClipLimits fitting(int maxFps, double minSeconds, long maxPixelFrames) {
    return new ClipLimits(
        Long.MAX_VALUE, 4096, 4096, 1000, 600, maxFps, minSeconds, maxPixelFrames);
  }

  @Test
  void aClipTooFastDropsFramesEvenlyAndKeepsItsPlayingTime() throws Exception {
    EncodedClip clip =
        ClipEncoder.encode(frames, 5, VideoFormat.MP4, fitting(60, 0, Long.MAX_VALUE));
    assertThat(clip.frames()).isEqualTo(6);
    assertThat(clip.frameMillis()).isEqualTo(20);
    assertThat(clip.frames() / clip.seconds()).isLessThanOrEqualTo(60);
    assertThat(clip.seconds()).isEqualTo(24 * 5 / 1000.0);
    assertThat(clip.adjustments()).anyMatch(s -> s.contains("at most 60 frames a second"));
  }

  @Test
  void aClipWithinTheFrameRateIsLeftAlone() throws Exception {
    EncodedClip clip =
        ClipEncoder.encode(frames, 17, VideoFormat.GIF, fitting(60, 0, Long.MAX_VALUE));
    assertThat(clip.frames()).isEqualTo(24);
    assertThat(clip.adjustments()).isEmpty();
  }

  @Test
  void aClipTooShortShowsEachFrameLonger() throws Exception {
    ClipLimits halfSecond = fitting(1000, 0.5, Long.MAX_VALUE);
    EncodedClip mp4 = ClipEncoder.encode(frames, 10, VideoFormat.MP4, halfSecond);
    assertThat(mp4.frames()).isEqualTo(24);
    assertThat(mp4.frameMillis()).isEqualTo(21);
    assertThat(mp4.seconds()).isGreaterThanOrEqualTo(0.5);
    assertThat(mp4.adjustments()).anyMatch(s -> s.contains("at least 0.5 s"));
    EncodedClip oneFrame =
        ClipEncoder.encode(frames.subList(0, 1), 40, VideoFormat.GIF, halfSecond);
    assertThat(oneFrame.frameMillis()).isEqualTo(500);
    EncodedClip gif = ClipEncoder.encode(frames.subList(0, 7), 40, VideoFormat.GIF, halfSecond);
    // 500 / 7 = 71.4 ms, rounded up to whole hundredths: the file itself plays 7 x 80 ms.
    assertThat(gif.frameMillis()).isEqualTo(80);
  }

  @Test
  void aGifOverThePixelFrameLimitDropsFramesEvenlyAndKeepsItsPlayingTime() throws Exception {
    long tenFrames = 10L * 256 * 256;
    ClipLimits pixels = fitting(1000, 0, tenFrames);
    EncodedClip clip = ClipEncoder.encode(frames, 100, VideoFormat.GIF, pixels);
    assertThat(clip.width()).isEqualTo(256);
    assertThat(clip.frames()).isEqualTo(10);
    assertThat(GifBlocks.check(clip.bytes())).isEqualTo(10);
    assertThat((long) clip.width() * clip.height() * clip.frames()).isLessThanOrEqualTo(tenFrames);
    assertThat(clip.frameMillis()).isEqualTo(240);
    assertThat(clip.adjustments()).anyMatch(s -> s.contains("pixel limit"));
  }

  @Test
  void aSingleFrameOverThePixelFrameLimitIsScaledDown() throws Exception {
    ClipLimits pixels = fitting(1000, 0, 9_999);
    EncodedClip clip = ClipEncoder.encode(frames.subList(0, 1), 100, VideoFormat.GIF, pixels);
    assertThat((long) clip.width() * clip.height()).isLessThanOrEqualTo(9_999);
    assertThat(clip.width()).isGreaterThan(90);
    assertThat(clip.adjustments()).anyMatch(s -> s.contains("Scaled"));
  }

  @Test
  void noFramesOrNoFrameTimeIsRefused() {
    assertThatThrownBy(() -> ClipEncoder.encode(List.of(), 100, VideoFormat.GIF, ClipLimits.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClipEncoder.encode(frames, 0, VideoFormat.GIF, ClipLimits.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
