/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode.video;

import org.radshare.core.encode.MetadataFoundException;

/**
 * Walks the blocks of a GIF file and proves it holds pixels and timing only: image descriptors,
 * graphic control extensions and the NETSCAPE2.0 looping extension. A comment, a plain-text
 * extension, any other application extension (XMP, ICC…) or a malformed stream is refused.
 */
public final class GifBlocks {
  private GifBlocks() {}

  /**
   * The size, frame count and shortest frame delay of a GIF, read while its blocks are checked.
   *
   * @param width logical screen width
   * @param height logical screen height
   * @param frames image descriptors
   * @param shortestDelayCentis the shortest graphic-control delay in 1/100 s (0 when none set)
   */
  public record Frames(int width, int height, int frames, int shortestDelayCentis) {}

  /**
   * The number of frames in {@code gif}, after checking every block.
   *
   * @throws MetadataFoundException naming the first block that is not allowed
   */
  public static int check(byte[] gif) throws MetadataFoundException {
    return read(gif).frames();
  }

  /**
   * The frames of {@code gif}, after checking every block.
   *
   * @throws MetadataFoundException naming the first block that is not allowed
   */
  public static Frames read(byte[] gif) throws MetadataFoundException {
    if (gif.length < 13
        || !new String(gif, 0, 6, java.nio.charset.StandardCharsets.US_ASCII)
            .matches("GIF8[79]a")) {
      throw new MetadataFoundException("not a GIF file");
    }
    int pos = 13 + colourTableSize(gif[10]);
    int frames = 0;
    int shortest = 0;
    while (true) {
      int block = byteAt(gif, pos);
      if (block == 0x3B) {
        return new Frames(u16(gif, 6), u16(gif, 8), frames, shortest);
      } else if (block == 0x2C) {
        frames++;
        int packed = byteAt(gif, pos + 9);
        pos += 10 + colourTableSize((byte) packed);
        pos = skipSubBlocks(gif, pos + 1); // LZW minimum code size, then data
      } else if (block == 0x21) {
        int label = byteAt(gif, pos + 1);
        if (label == 0xFF) {
          requireNetscapeLoop(gif, pos + 2);
        } else if (label == 0xF9) {
          int delay = byteAt(gif, pos + 2) >= 4 ? u16(gif, pos + 4) : 0;
          if (delay > 0 && (shortest == 0 || delay < shortest)) {
            shortest = delay;
          }
        } else {
          throw new MetadataFoundException(
              label == 0xFE
                  ? "GIF holds a comment extension"
                  : "GIF holds extension 0x" + Integer.toHexString(label));
        }
        pos = skipSubBlocks(gif, pos + 2);
      } else {
        throw new MetadataFoundException(
            "GIF holds an unknown block 0x" + Integer.toHexString(block));
      }
    }
  }

  private static int u16(byte[] gif, int at) throws MetadataFoundException {
    return byteAt(gif, at) | byteAt(gif, at + 1) << 8;
  }

  private static void requireNetscapeLoop(byte[] gif, int pos) throws MetadataFoundException {
    if (byteAt(gif, pos) != 11
        || !new String(gif, pos + 1, 11, java.nio.charset.StandardCharsets.US_ASCII)
            .equals("NETSCAPE2.0")) {
      throw new MetadataFoundException("GIF holds an application extension other than looping");
    }
    int sub = pos + 12;
    if (byteAt(gif, sub) != 3 || byteAt(gif, sub + 1) != 1 || byteAt(gif, sub + 4) != 0) {
      throw new MetadataFoundException("GIF looping extension carries extra data");
    }
  }

  private static int colourTableSize(byte packed) {
    return (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 7) + 1));
  }

  private static int skipSubBlocks(byte[] gif, int pos) throws MetadataFoundException {
    while (true) {
      int len = byteAt(gif, pos);
      pos += 1 + len;
      if (len == 0) {
        return pos;
      }
    }
  }

  private static int byteAt(byte[] gif, int pos) throws MetadataFoundException {
    if (pos < 0 || pos >= gif.length) {
      throw new MetadataFoundException("GIF is truncated");
    }
    return gif[pos] & 0xFF;
  }
}
