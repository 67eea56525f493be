/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode.video;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.radshare.core.encode.MetadataFoundException;

/**
 * Walks the box tree of an MP4 file. {@link #clean} removes every box that holds free text or
 * metadata (user data, metadata, free space, vendor uuid boxes) and blanks the handler name, the
 * one free-text field a required box carries; {@link #check} proves the result has none. Removal
 * happens inside {@code moov} only and only when {@code moov} comes after {@code mdat}, so no chunk
 * offset moves; any other layout is refused.
 */
public final class Mp4Boxes {
  /** Boxes that may carry text or metadata and are never needed to play the video. */
  static final Set<String> STRIPPED =
      Set.of("udta", "meta", "free", "skip", "uuid", "ilst", "wide");

  /** Padding boxes: allowed only when every payload byte is zero. */
  private static final Set<String> PADDING = Set.of("free", "skip", "wide");

  /** Video sample entry types whose QuickTime name fields are blanked. */
  private static final Set<String> VIDEO_ENTRIES = Set.of("avc1", "avc3", "mp4v", "hvc1", "hev1");

  /** Boxes whose payload is a sequence of child boxes. */
  private static final Set<String> CONTAINERS =
      Set.of("moov", "trak", "mdia", "minf", "stbl", "dinf", "edts", "mvex");

  private Mp4Boxes() {}

  /** One box: its type and where it sits in the file. */
  public record Box(String type, int depth, long offset, long size) {}

  /** Every box in {@code mp4}, depth first. */
  public static List<Box> walk(byte[] mp4) throws MetadataFoundException {
    List<Box> out = new ArrayList<>();
    walk(ByteBuffer.wrap(mp4), 0, mp4.length, 0, out);
    return out;
  }

  /**
   * Proves {@code mp4} carries no metadata or free-text box and no handler name.
   *
   * @throws MetadataFoundException naming the offending box
   */
  public static void check(byte[] mp4) throws MetadataFoundException {
    ByteBuffer buf = ByteBuffer.wrap(mp4);
    for (Box b : walk(mp4)) {
      if (STRIPPED.contains(b.type()) && !(PADDING.contains(b.type()) && zeroPayload(buf, b))) {
        throw new MetadataFoundException("MP4 still holds a '" + b.type() + "' box");
      }
      if (b.type().equals("hdlr") && handlerNameLength(buf, b) > 0) {
        throw new MetadataFoundException("MP4 handler box carries a name");
      }
      if (b.type().equals("stsd")) {
        byte[] stsd = new byte[(int) b.size()];
        buf.get((int) b.offset(), stsd);
        byte[] blanked = stsd.clone();
        blankSampleEntries(blanked);
        if (!java.util.Arrays.equals(stsd, blanked)) {
          throw new MetadataFoundException("MP4 sample entry names its vendor or compressor");
        }
      }
    }
  }

  /** {@code mp4} without metadata boxes and with blank handler names, then {@link #check}ed. */
  static byte[] clean(byte[] mp4) throws MetadataFoundException {
    List<Box> top = walk(mp4).stream().filter(b -> b.depth() == 0).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream(mp4.length);
    boolean mdatSeen = false;
    for (Box b : top) {
      if (b.type().equals("mdat")) {
        mdatSeen = true;
      }
      if (b.type().equals("moov")) {
        if (!mdatSeen) {
          throw new MetadataFoundException("MP4 moov before mdat: cannot strip safely");
        }
        out.writeBytes(rebuild(mp4, b));
      } else if (!STRIPPED.contains(b.type())) {
        out.write(mp4, (int) b.offset(), (int) b.size());
      } else if (!mdatSeen) {
        // Removing a box before mdat would move every chunk offset: blank it in place instead.
        ByteBuffer blank = ByteBuffer.allocate((int) b.size());
        blank.putInt((int) b.size()).put("free".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(blank.array());
      }
    }
    byte[] cleaned = out.toByteArray();
    check(cleaned);
    return cleaned;
  }

  private static byte[] rebuild(byte[] mp4, Box box) throws MetadataFoundException {
    ByteBuffer buf = ByteBuffer.wrap(mp4);
    if (box.type().equals("hdlr")) {
      byte[] copy = new byte[(int) box.size()];
      System.arraycopy(mp4, (int) box.offset(), copy, 0, copy.length);
      // version/flags(4) pre_defined(4) handler_type(4) reserved(12), then the name: zero it.
      for (int i = 8 + 24; i < copy.length; i++) {
        copy[i] = 0;
      }
      return copy;
    }
    if (box.type().equals("stsd")) {
      byte[] copy = new byte[(int) box.size()];
      System.arraycopy(mp4, (int) box.offset(), copy, 0, copy.length);
      blankSampleEntries(copy);
      return copy;
    }
    if (!CONTAINERS.contains(box.type())) {
      byte[] copy = new byte[(int) box.size()];
      System.arraycopy(mp4, (int) box.offset(), copy, 0, copy.length);
      return copy;
    }
    ByteArrayOutputStream children = new ByteArrayOutputStream();
    List<Box> direct = new ArrayList<>();
    walk(buf, box.offset() + 8, box.offset() + box.size(), 0, direct);
    for (Box child : direct) {
      if (child.depth() == 0 && !STRIPPED.contains(child.type())) {
        children.writeBytes(rebuild(mp4, child));
      }
    }
    ByteBuffer header = ByteBuffer.allocate(8);
    header.putInt(8 + children.size()).put(box.type().getBytes(StandardCharsets.ISO_8859_1));
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    whole.writeBytes(header.array());
    whole.writeBytes(children.toByteArray());
    return whole.toByteArray();
  }

  /**
   * Zeroes the vendor, quality and compressor-name fields of every video sample entry in an {@code
   * stsd} box (QuickTime fields that an encoder fills with its name; ISO defines them as zero).
   * Offsets are from the sample entry's start: 16–31 version, revision, vendor and qualities; 50–81
   * the compressor name.
   */
  private static void blankSampleEntries(byte[] stsd) {
    ByteBuffer b = ByteBuffer.wrap(stsd);
    int entries = b.getInt(12);
    int pos = 16;
    for (int i = 0; i < entries && pos + 86 <= stsd.length; i++) {
      int size = b.getInt(pos);
      String type = new String(stsd, pos + 4, 4, StandardCharsets.ISO_8859_1);
      if (VIDEO_ENTRIES.contains(type) && size >= 86) {
        java.util.Arrays.fill(stsd, pos + 16, pos + 32, (byte) 0);
        java.util.Arrays.fill(stsd, pos + 50, pos + 82, (byte) 0);
      }
      if (size < 8) {
        return;
      }
      pos += size;
    }
  }

  private static boolean zeroPayload(ByteBuffer buf, Box b) {
    for (long i = b.offset() + 8; i < b.offset() + b.size(); i++) {
      if (buf.get((int) i) != 0) {
        return false;
      }
    }
    return true;
  }

  private static long handlerNameLength(ByteBuffer buf, Box b) {
    long nonZero = 0;
    for (long i = b.offset() + 8 + 24; i < b.offset() + b.size(); i++) {
      if (buf.get((int) i) != 0) {
        nonZero++;
      }
    }
    return nonZero;
  }

  private static void walk(ByteBuffer buf, long from, long to, int depth, List<Box> out)
      throws MetadataFoundException {
    long pos = from;
    while (pos + 8 <= to) {
      long size = Integer.toUnsignedLong(buf.getInt((int) pos));
      byte[] type = new byte[4];
      buf.get((int) pos + 4, type);
      String name = new String(type, StandardCharsets.ISO_8859_1);
      int header = 8;
      if (size == 1) {
        size = buf.getLong((int) pos + 8);
        header = 16;
      } else if (size == 0) {
        size = to - pos;
      }
      if (size < header || pos + size > to) {
        throw new MetadataFoundException("MP4 box '" + name + "' has a bad size");
      }
      out.add(new Box(name, depth, pos, size));
      if (CONTAINERS.contains(name)) {
        walk(buf, pos + header, pos + size, depth + 1, out);
      }
      pos += size;
    }
    if (pos != to) {
      throw new MetadataFoundException("MP4 ends inside a box header");
    }
  }
}
