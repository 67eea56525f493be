/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.jcodec.api.awt.AWTFrameGrab;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.junit.jupiter.api.Test;

/** The groups of pictures encoded side by side come back as one clip, in order, frame for frame. */
class Mp4EncoderTest {

  @Test
  void groupsEncodedInParallelDecodeInTheirOriginalOrder() throws Exception {
    int count = 3 * Mp4Encoder.KEY_INTERVAL + 7;
    List<BufferedImage> frames = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      frames.add(frameWithBarAt(i, count));
    }
    byte[] mp4 = Mp4Encoder.encode(frames, 40);
    Mp4Boxes.check(mp4);
    AWTFrameGrab grab =
        AWTFrameGrab.createAWTFrameGrab(
            ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)));
    int index = 0;
    for (BufferedImage f = grab.getFrame(); f != null; f = grab.getFrame()) {
      assertThat(barColumn(f))
          .as("frame %d", index)
          .isBetween(barX(index, count) - 2, barX(index, count) + 2);
      index++;
    }
    assertThat(index).isEqualTo(count);
  }

  @Test
  void oddSidesArePaddedWithBlack() throws Exception {
    BufferedImage odd = new BufferedImage(63, 41, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = odd.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 63, 41);
    g.dispose();
    byte[] mp4 = Mp4Encoder.encode(List.of(odd, odd), 100);
    BufferedImage decoded =
        AWTFrameGrab.createAWTFrameGrab(
                ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)))
            .getFrame();
    assertThat(decoded.getWidth()).isEqualTo(64);
    assertThat(decoded.getHeight()).isEqualTo(42);
    assertThat(decoded.getRGB(30, 20) & 0xFF).isGreaterThan(200);
    assertThat(decoded.getRGB(63, 41) & 0xFF).isLessThan(60);
  }

  private static int barX(int index, int count) {
    return 8 + index * 240 / count;
  }

  /** A grey frame with a white vertical bar whose position encodes the frame's index. */
  private static BufferedImage frameWithBarAt(int index, int count) {
    BufferedImage f = new BufferedImage(256, 64, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = f.createGraphics();
    g.setColor(new Color(60, 60, 60));
    g.fillRect(0, 0, 256, 64);
    g.setColor(Color.WHITE);
    g.fillRect(barX(index, count) - 2, 0, 5, 64);
    g.dispose();
    return f;
  }

  /** The brightest column of the middle row. */
  private static int barColumn(BufferedImage f) {
    int best = 0;
    int bestValue = -1;
    for (int x = 0; x < f.getWidth(); x++) {
      int v = f.getRGB(x, 32) & 0xFF;
      if (v > bestValue) {
        bestValue = v;
        best = x;
      }
    }
    return best;
  }
}
