package org.radshare.core.cine;

import java.awt.image.BufferedImage;
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
    int[] hi = frames.get(0).getRGB(0, 0, w, h, null, 0, w);
    int[] lo = hi.clone();
    int[] row = new int[w * h];
    for (int f = 1; f < frames.size(); f++) {
      frames.get(f).getRGB(0, 0, w, h, row, 0, w);
      for (int i = 0; i < row.length; i++) {
        hi[i] = channelwise(hi[i], row[i], true);
        lo[i] = channelwise(lo[i], row[i], false);
      }
    }
    return new Composite(image(hi, w, h), image(lo, w, h));
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
    out.setRGB(0, 0, w, h, pixels, 0, w);
    return out;
  }
}
