/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.x;

import java.util.Optional;

/**
 * The size, frame count and shortest frame delay of a GIF, read by walking its blocks (GIF89a
 * specification) without decoding any pixels: enough to check a platform's frame limits on the
 * exact file that will be uploaded.
 *
 * @param width logical screen width
 * @param height logical screen height
 * @param count image descriptors (frames)
 * @param shortestDelayCentis the shortest graphic-control delay in 1/100 s (0 when none set)
 */
record GifFrames(int width, int height, int count, int shortestDelayCentis) {

  /** The GIF's frames, or empty when the bytes are not a well-formed GIF. */
  static Optional<GifFrames> read(byte[] b) {
    try {
      if (b.length < 13 || b[0] != 'G' || b[1] != 'I' || b[2] != 'F') {
        return Optional.empty();
      }
      int width = u16(b, 6);
      int height = u16(b, 8);
      int pos = 13 + colorTable(b[10]);
      int frames = 0;
      int shortest = 0;
      while (pos < b.length) {
        int block = b[pos] & 0xFF;
        if (block == 0x3B) {
          return frames == 0
              ? Optional.empty()
              : Optional.of(new GifFrames(width, height, frames, shortest));
        }
        if (block == 0x21) {
          int label = b[pos + 1] & 0xFF;
          if (label == 0xF9 && (b[pos + 2] & 0xFF) >= 4) {
            int delay = u16(b, pos + 4);
            if (delay > 0 && (shortest == 0 || delay < shortest)) {
              shortest = delay;
            }
          }
          pos = skipSubBlocks(b, pos + 2);
        } else if (block == 0x2C) {
          frames++;
          pos = pos + 10 + colorTable(b[pos + 9]);
          pos = skipSubBlocks(b, pos + 1); // after the LZW minimum code size
        } else {
          return Optional.empty();
        }
      }
      return Optional.empty(); // no trailer: truncated
    } catch (ArrayIndexOutOfBoundsException truncated) {
      return Optional.empty();
    }
  }

  private static int colorTable(byte packed) {
    return (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));
  }

  private static int skipSubBlocks(byte[] b, int pos) {
    int p = pos;
    while (true) {
      int size = b[p] & 0xFF;
      p += 1 + size;
      if (size == 0) {
        return p;
      }
    }
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }
}
