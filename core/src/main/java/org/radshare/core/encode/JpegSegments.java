/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a baseline JPEG marker by marker up to the scan. Encoders add APP0 (JFIF), and other
 * software adds APP1 (EXIF/XMP), APP2 (ICC) and COM segments; none of them may leave the hospital.
 */
public final class JpegSegments {

  /** One marker segment before the entropy-coded data: marker byte and byte range. */
  public record Segment(int marker, int offset, int length) {
    public boolean isAppOrComment() {
      return (marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE;
    }
  }

  private JpegSegments() {}

  /** Segments from SOI up to and including SOS (the entropy-coded data after it is not walked). */
  public static List<Segment> walk(byte[] jpeg) throws MetadataFoundException {
    if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
      throw new MetadataFoundException("not a JPEG: SOI marker missing");
    }
    if ((jpeg[jpeg.length - 2] & 0xFF) != 0xFF || (jpeg[jpeg.length - 1] & 0xFF) != 0xD9) {
      throw new MetadataFoundException("JPEG does not end with EOI");
    }
    List<Segment> segments = new ArrayList<>();
    segments.add(new Segment(0xD8, 0, 2));
    int pos = 2;
    while (true) {
      if (pos + 4 > jpeg.length || (jpeg[pos] & 0xFF) != 0xFF) {
        throw new MetadataFoundException("JPEG marker expected at byte " + pos);
      }
      int marker = jpeg[pos + 1] & 0xFF;
      int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
      if (length < 2 || pos + 2 + length > jpeg.length) {
        throw new MetadataFoundException("JPEG segment at byte " + pos + " runs past the end");
      }
      segments.add(new Segment(marker, pos, length + 2));
      pos += length + 2;
      if (marker == 0xDA) {
        return segments;
      }
    }
  }

  /** The same JPEG without APPn and COM segments. */
  public static byte[] withoutAppOrComment(byte[] jpeg) throws MetadataFoundException {
    List<Segment> segments = walk(jpeg);
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
    for (Segment s : segments) {
      if (!s.isAppOrComment()) {
        out.write(jpeg, s.offset(), s.length());
      }
    }
    Segment sos = segments.get(segments.size() - 1);
    int dataStart = sos.offset() + sos.length();
    out.write(jpeg, dataStart, jpeg.length - dataStart);
    return out.toByteArray();
  }

  /** Throws unless the JPEG is well formed and carries no APPn or COM segment. */
  public static void requireClean(byte[] jpeg) throws MetadataFoundException {
    for (Segment s : walk(jpeg)) {
      if (s.isAppOrComment()) {
        throw new MetadataFoundException(
            String.format("JPEG carries a 0xFF%02X segment", s.marker()));
      }
    }
  }
}
