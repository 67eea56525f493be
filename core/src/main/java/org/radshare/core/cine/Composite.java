package org.radshare.core.cine;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Per-pixel maximum and minimum of every colour channel over all frames. Static burned-in text is
 * the same in both; bright text shown on any frame survives in the maximum and dark text in the
 * minimum, so one detection pass over each sees every frame's overlay at once.
 */
record Composite(BufferedImage max, BufferedImage min) {

  static Composite of(List<BufferedImage> frames) {
    int w = frames.get(0).getWidth();
    int h = frames.get(0).getHeight();
    int[] hi = pixels(frames.get(0)).clone();
    int[] lo = hi.clone();
    for (int f = 1; f < frames.size(); f++) {
      int[] row = pixels(frames.get(f));
      for (int i = 0; i < row.length; i++) {
        hi[i] = channelwise(hi[i], row[i], true);
        lo[i] = channelwise(lo[i], row[i], false);
      }
    }
    return new Composite(image(hi, w, h), image(lo, w, h));
  }

  /** The packed pixels of a frame from {@link FrameSet} (always a fresh 8-bit RGB image). */
  private static int[] pixels(BufferedImage frame) {
    return ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
  }

  private static int channelwise(int a, int b, boolean max) {
    int out = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      int ca = (a >> shift) & 255;
      int cb = (b >> shift) & 255;
      out |= (max ? Math.max(ca, cb) : Math.min(ca, cb)) << shift;
    }
    return out;
  }

  private static BufferedImage image(int[] pixels, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.getRaster().setDataElements(0, 0, w, h, pixels);
    return out;
  }
}
