/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body (RFC 7578), which the JDK HTTP client does not build itself. Used for
 * media uploads that take a file part plus text fields.
 */
public final class Multipart {

  private final String boundary = "radshare-" + UUID.randomUUID();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** Adds a text field. */
  public Multipart field(String name, String value) {
    head("Content-Disposition: form-data; name=\"" + name + "\"\r\n");
    write(value.getBytes(StandardCharsets.UTF_8));
    write("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  /** Adds a file part. */
  public Multipart file(String name, String filename, String contentType, byte[] bytes) {
    head(
        "Content-Disposition: form-data; name=\""
            + name
            + "\"; filename=\""
            + filename
            + "\"\r\nContent-Type: "
            + contentType
            + "\r\n");
    write(bytes);
    write("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  /** The Content-Type header value, with the boundary. */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** The finished body. */
  public byte[] body() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    copy.writeBytes(out.toByteArray());
    copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return copy.toByteArray();
  }

  private void head(String disposition) {
    write(("--" + boundary + "\r\n" + disposition + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private void write(byte[] bytes) {
    out.writeBytes(bytes);
  }
}
