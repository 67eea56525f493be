/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.radshare.core.audit.MediaRef;
import org.radshare.core.audit.Sha256;
import org.radshare.core.encode.CleanImageEncoder;

/**
 * Shows a posted file in the report from the audit log's copy: the file itself as a {@code data:}
 * URI when it is small (exactly what was posted), a scaled thumbnail when it is large, and a loud
 * warning when the copy is missing or no longer matches the SHA-256 the log recorded.
 */
final class MediaEmbedder {

  /** Larger images are shown as a thumbnail to keep the report file reasonable. */
  static final int EMBED_AS_IS_LIMIT = 1 << 20;

  private static final int THUMBNAIL_EDGE = 320;
  private final Path directory;

  MediaEmbedder(Path directory) {
    this.directory = directory;
  }

  String html(MediaRef ref) {
    String id = "<div class=\"ref\" title=\"SHA-256\">" + ref.sha256().substring(0, 16) + "…</div>";
    Path copy = directory.resolve(ref.fileName());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(copy);
    } catch (IOException e) {
      return "<div class=\"bad\">copy missing from media/</div>" + id;
    }
    if (!Sha256.hex(bytes).equals(ref.sha256())) {
      return "<div class=\"bad\">copy altered: it no longer matches the recorded SHA-256</div>"
          + id;
    }
    if (!ref.mediaType().startsWith("image/")) {
      return "<div>" + Html.escape(ref.mediaType()) + ", " + bytes.length + " bytes</div>" + id;
    }
    String type = ref.mediaType();
    if (bytes.length > EMBED_AS_IS_LIMIT) {
      byte[] thumb = thumbnail(bytes);
      if (thumb == null) {
        return "<div class=\"bad\">image could not be decoded for a thumbnail</div>" + id;
      }
      bytes = thumb;
      type = "image/png";
    }
    return "<img class=\"thumb\" alt=\"posted image "
        + ref.sha256().substring(0, 16)
        + "\" src=\"data:"
        + type
        + ";base64,"
        + Base64.getEncoder().encodeToString(bytes)
        + "\">"
        + id;
  }

  private static byte[] thumbnail(byte[] image) {
    try {
      BufferedImage source = ImageIO.read(new ByteArrayInputStream(image));
      if (source == null) {
        return null;
      }
      double scale =
          Math.min(1.0, (double) THUMBNAIL_EDGE / Math.max(source.getWidth(), source.getHeight()));
      int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
      int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
      BufferedImage small = CleanImageEncoder.downscaled(source, w, h);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(small, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      return null;
    }
  }
}
