/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Walks a PNG chunk by chunk. Used twice: to rebuild an encoder's output keeping only the critical
 * chunks, and to prove that what leaves carries no ancillary chunk at all (tEXt, zTXt, iTXt, tIME,
 * eXIf, iCCP, sRGB, pHYs…), whatever a future JDK's encoder decides to add.
 */
public final class PngChunks {

  static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** The only chunks a posted PNG may contain: the image itself and nothing about it. */
  public static final Set<String> ALLOWED = Set.of("IHDR", "PLTE", "IDAT", "IEND");

  /** One chunk: its four-letter type and the byte range it occupies (length, type, data, CRC). */
  public record Chunk(String type, int offset, int length) {}

  private PngChunks() {}

  /** Every chunk in file order. */
  public static List<Chunk> walk(byte[] png) throws MetadataFoundException {
    if (png.length < SIGNATURE.length
        || !Arrays.equals(Arrays.copyOf(png, SIGNATURE.length), SIGNATURE)) {
      throw new MetadataFoundException("not a PNG: signature missing");
    }
    List<Chunk> chunks = new ArrayList<>();
    ByteBuffer buf = ByteBuffer.wrap(png);
    int pos = SIGNATURE.length;
    while (pos < png.length) {
      if (pos + 12 > png.length) {
        throw new MetadataFoundException("PNG truncated inside a chunk header at byte " + pos);
      }
      long dataLength = Integer.toUnsignedLong(buf.getInt(pos));
      if (dataLength > png.length - pos - 12L) {
        throw new MetadataFoundException("PNG chunk at byte " + pos + " runs past the end");
      }
      String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
      chunks.add(new Chunk(type, pos, (int) dataLength + 12));
      pos += (int) dataLength + 12;
      if (type.equals("IEND")) {
        break;
      }
    }
    if (chunks.isEmpty() || !chunks.get(chunks.size() - 1).type().equals("IEND")) {
      throw new MetadataFoundException("PNG has no IEND chunk");
    }
    if (pos != png.length) {
      throw new MetadataFoundException("PNG has " + (png.length - pos) + " bytes after IEND");
    }
    return chunks;
  }

  /** The same PNG with every chunk outside {@link #ALLOWED} removed (CRCs are kept as written). */
  public static byte[] keepCriticalOnly(byte[] png) throws MetadataFoundException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
    out.write(SIGNATURE, 0, SIGNATURE.length);
    for (Chunk c : walk(png)) {
      if (ALLOWED.contains(c.type())) {
        out.write(png, c.offset(), c.length());
      }
    }
    return out.toByteArray();
  }

  /** Throws unless the PNG is well formed and contains only {@link #ALLOWED} chunks. */
  public static void requireClean(byte[] png) throws MetadataFoundException {
    for (Chunk c : walk(png)) {
      if (!ALLOWED.contains(c.type())) {
        throw new MetadataFoundException("PNG carries a '" + c.type() + "' chunk");
      }
    }
  }
}
