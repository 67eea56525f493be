/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.pixel.Box;

/** The composites keep, channel by channel, the brightest and darkest value any frame showed. */
class CompositeTest {

  @Test
  void eachChannelTakesItsOwnExtremeOverAllFrames() {
    int[][] values = {{0x102030, 0xFF0000}, {0x301020, 0x00FF00}, {0x203010, 0x0000FF}};
    List<BufferedImage> frames = new ArrayList<>();
    for (int[] v : values) {
      frames.add(frame(v));
    }
    // A frame larger than one parallel slice, so every slice is merged.
    Composite c = Composite.of(FrameSet.atFps(frames, 10).frames());

    assertThat(c.max().getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x303030);
    assertThat(c.min().getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x101010);
    assertThat(c.max().getRGB(299, 299) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    assertThat(c.min().getRGB(299, 299) & 0xFFFFFF).isZero();
  }

  @Test
  void textEachFrameExplainsLeavesNoTraceOnTheUnexplainedComposites() {
    // A bright label moving right and a dark dot on the last frame that no line explains.
    List<BufferedImage> frames = new ArrayList<>();
    List<List<Box>> explained = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < 20; y++) {
        for (int x = 0; x < 40; x++) {
          img.setRGB(x, y, 0x808080);
        }
      }
      Box label = new Box(2 + 10 * f, 2, 8, 5);
      for (int y = label.y(); y < label.bottom(); y++) {
        for (int x = label.x(); x < label.right(); x++) {
          img.setRGB(x, y, 0xFFFFFF);
        }
      }
      frames.add(img);
      explained.add(List.of(label));
    }
    frames.get(2).setRGB(30, 15, 0x000000);
    explained.set(0, List.of(new Box(2, 2, 8, 5), new Box(0, 10, 40, 10)));
    List<BufferedImage> set = FrameSet.atFps(frames, 10).frames();

    Composite plain = Composite.of(set);
    Composite u = Composite.unexplained(set, explained);

    assertThat(plain.max().getRGB(23, 3) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    assertThat(u.max().getRGB(23, 3) & 0xFFFFFF).isEqualTo(0x808080);
    assertThat(u.min().getRGB(23, 3) & 0xFFFFFF).isEqualTo(0x808080);
    assertThat(u.min().getRGB(30, 15) & 0xFFFFFF).as("unexplained dark dot").isZero();
    assertThat(u.max().getRGB(30, 15) & 0xFFFFFF).isEqualTo(0x808080);
  }

  @Test
  void aPixelEveryFrameExplainsIsBlackInBoth() {
    List<BufferedImage> set =
        FrameSet.atFps(List.of(frame(new int[] {0xFFFFFF, 0xFFFFFF})), 10).frames();
    Composite u = Composite.unexplained(set, List.of(List.of(new Box(0, 0, 10, 10))));
    assertThat(u.max().getRGB(5, 5) & 0xFFFFFF).isZero();
    assertThat(u.min().getRGB(5, 5) & 0xFFFFFF).isZero();
    assertThat(u.min().getRGB(50, 50) & 0xFFFFFF).isEqualTo(0xFFFFFF);
  }

  /** A 300×300 frame: {@code v[0]} everywhere except the last pixel, which is {@code v[1]}. */
  private static BufferedImage frame(int[] v) {
    BufferedImage f = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 300; y++) {
      for (int x = 0; x < 300; x++) {
        f.setRGB(x, y, v[0]);
      }
    }
    f.setRGB(299, 299, v[1]);
    return f;
  }
}
