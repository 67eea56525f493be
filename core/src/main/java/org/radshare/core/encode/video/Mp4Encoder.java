package org.radshare.core.encode.video;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;
import org.radshare.core.encode.MetadataFoundException;

/**
 * Writes frames as H.264 in MP4 with jcodec (pure Java), from raw pixels only, then strips every
 * box that could carry text ({@link Mp4Boxes}). H.264 4:2:0 needs even sides, so an odd width or
 * height is padded with one black column or row.
 */
final class Mp4Encoder {
  private Mp4Encoder() {}

  static byte[] encode(List<BufferedImage> frames, int frameMillis) throws MetadataFoundException {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("radshare-clip-", ".mp4");
      SeekableByteChannel out = NIOUtils.writableChannel(tmp.toFile());
      try {
        AWTSequenceEncoder encoder = new AWTSequenceEncoder(out, Rational.R(1000, frameMillis));
        for (BufferedImage frame : frames) {
          encoder.encodeImage(evenSided(frame));
        }
        encoder.finish();
      } finally {
        NIOUtils.closeQuietly(out);
      }
      return Mp4Boxes.clean(Files.readAllBytes(tmp));
    } catch (IOException e) {
      throw new UncheckedIOException("MP4 encoding failed: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // A temp file of redacted pixels; the OS temp cleaner gets it.
        }
      }
    }
  }

  /** {@code frame} as 3-byte BGR (what jcodec converts from) with even sides. */
  static BufferedImage evenSided(BufferedImage frame) {
    int w = frame.getWidth() + (frame.getWidth() & 1);
    int h = frame.getHeight() + (frame.getHeight() & 1);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(frame, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
