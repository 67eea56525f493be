package org.radshare.core.cine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
