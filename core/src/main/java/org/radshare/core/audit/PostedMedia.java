/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One file exactly as it is sent to the platform (after redaction, free of metadata). The audit log
 * records its SHA-256 and keeps a copy so that compliance staff see what left the hospital.
 *
 * @param mediaType {@code image/png}, {@code image/jpeg}, {@code image/gif} or {@code video/mp4}
 */
public record PostedMedia(byte[] content, String mediaType) {

  public PostedMedia {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(mediaType, "mediaType");
    extensionFor(mediaType); // rejects unknown types early
  }

  /** Reads a file to be posted; its media type comes from its extension. */
  public static PostedMedia of(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String type =
        name.endsWith(".png")
            ? "image/png"
            : name.endsWith(".jpg") || name.endsWith(".jpeg")
                ? "image/jpeg"
                : name.endsWith(".gif")
                    ? "image/gif"
                    : name.endsWith(".mp4") ? "video/mp4" : "unknown";
    if (type.equals("unknown")) {
      throw new IllegalArgumentException("not a postable media file (png, jpg, gif, mp4): " + name);
    }
    return new PostedMedia(Files.readAllBytes(file), type);
  }

  /** Hex SHA-256 of the content. */
  public String sha256() {
    return Sha256.hex(content);
  }

  /** The file extension the audit copy is stored under. */
  public static String extensionFor(String mediaType) {
    return switch (mediaType) {
      case "image/png" -> "png";
      case "image/jpeg" -> "jpg";
      case "image/gif" -> "gif";
      case "video/mp4" -> "mp4";
      default -> throw new IllegalArgumentException("unsupported media type: " + mediaType);
    };
  }
}
