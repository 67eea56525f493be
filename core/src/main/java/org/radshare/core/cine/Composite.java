/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.radshare.core.pixel.Box;

/**
 * Per-pixel maximum and minimum of every colour channel over all frames. Static burned-in text is
 * the same in both; bright text shown on any frame survives in the maximum and dark text in the
 * minimum, so one detection pass over each sees every frame's overlay at once.
 */
record Composite(BufferedImage max, BufferedImage min) {

  /** Pixels per parallel slice: enough work per task, small enough to spread over the cores. */
  private static final int SLICE = 1 << 15;

  static Composite of(List<BufferedImage> frames) {
    int w = frames.get(0).getWidth();
    int h = frames.get(0).getHeight();
    int n = w * h;
    int[] hi = pixels(frames.get(0)).clone();
    int[] lo = hi.clone();
    IntStream.range(0, (n + SLICE - 1) / SLICE)
        .parallel()
        .forEach(
            slice -> {
              int from = slice * SLICE;
              int to = Math.min(n, from + SLICE);
              for (int f = 1; f < frames.size(); f++) {
                int[] p = pixels(frames.get(f));
                for (int i = from; i < to; i++) {
                  hi[i] = channelMax(hi[i], p[i]);
                  lo[i] = channelMin(lo[i], p[i]);
                }
              }
            });
    return new Composite(image(hi, w, h), image(lo, w, h));
  }

  /**
   * The composites of what no frame's own glyph lines explain: each frame contributes only its
   * pixels outside its {@code explained} boxes (the glyph lines that frame's check reads). Text
   * that frames show and read themselves, such as a caliper label moving across the image or a
   * changing counter, adds up on the plain composites to an unreadable smear; here it is gone, and
   * whatever text-like content remains is text that no single frame's glyph lines held. A pixel
   * every frame explains is black in both.
   */
  static Composite unexplained(List<BufferedImage> frames, List<List<Box>> explained) {
    int w = frames.get(0).getWidth();
    int h = frames.get(0).getHeight();
    int n = w * h;
    List<BitSet> erased = new ArrayList<>(frames.size());
    for (List<Box> boxes : explained) {
      BitSet bits = new BitSet(n);
      for (Box b : boxes) {
        for (int y = b.y(); y < b.bottom(); y++) {
          bits.set(y * w + b.x(), y * w + b.right());
        }
      }
      erased.add(bits);
    }
    int[] hi = new int[n];
    int[] lo = new int[n];
    IntStream.range(0, (n + SLICE - 1) / SLICE)
        .parallel()
        .forEach(
            slice -> {
              int from = slice * SLICE;
              int to = Math.min(n, from + SLICE);
              boolean[] seen = new boolean[to - from];
              Arrays.fill(lo, from, to, 0xFFFFFF);
              for (int f = 0; f < frames.size(); f++) {
                int[] p = pixels(frames.get(f));
                BitSet skip = erased.get(f);
                for (int i = from; i < to; i++) {
                  if (!skip.get(i)) {
                    hi[i] = channelMax(hi[i], p[i]);
                    lo[i] = channelMin(lo[i], p[i]);
                    seen[i - from] = true;
                  }
                }
              }
              for (int i = from; i < to; i++) {
                if (!seen[i - from]) {
                  lo[i] = 0;
                }
              }
            });
    return new Composite(image(hi, w, h), image(lo, w, h));
  }

  /** The packed pixels of a frame from {@link FrameSet} (always a fresh 8-bit RGB image). */
  private static int[] pixels(BufferedImage frame) {
    return ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
  }

  // Each channel is compared in place (masked, not shifted): the masks keep them apart.
  private static int channelMax(int a, int b) {
    return Math.max(a & 0xFF0000, b & 0xFF0000)
        | Math.max(a & 0xFF00, b & 0xFF00)
        | Math.max(a & 0xFF, b & 0xFF);
  }

  private static int channelMin(int a, int b) {
    return Math.min(a & 0xFF0000, b & 0xFF0000)
        | Math.min(a & 0xFF00, b & 0xFF00)
        | Math.min(a & 0xFF, b & 0xFF);
  }

  private static BufferedImage image(int[] pixels, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.getRaster().setDataElements(0, 0, w, h, pixels);
    return out;
  }
}
