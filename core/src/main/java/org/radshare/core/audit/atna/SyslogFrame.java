/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.atna;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * RFC 5424 syslog messages carrying ATNA audit XML, and their RFC 5425 octet-counting frame ({@code
 * LEN SP MSG}) for syslog over TLS. Facility 10 (security/authorization), severity 5 (notice),
 * MSGID {@code IHE+RFC-3881} as IHE ITI-20 uses it.
 */
public final class SyslogFrame {

  static final int PRIORITY = 10 * 8 + 5;
  static final String APP_NAME = "RadShare";
  static final String MSG_ID = "IHE+RFC-3881";

  private SyslogFrame() {}

  /** One RFC 5424 message (no structured data) with {@code payload} as MSG. */
  public static byte[] message(Instant when, String host, long pid, String payload) {
    String header =
        "<"
            + PRIORITY
            + ">1 "
            + when.truncatedTo(ChronoUnit.MILLIS)
            + " "
            + field(host)
            + " "
            + APP_NAME
            + " "
            + pid
            + " "
            + MSG_ID
            + " - ";
    return (header + payload).getBytes(StandardCharsets.UTF_8);
  }

  /** The octet-counted frame of a message (RFC 5425 section 4.3). */
  public static byte[] frame(byte[] message) {
    byte[] prefix = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[prefix.length + message.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    System.arraycopy(message, 0, out, prefix.length, message.length);
    return out;
  }

  /** A header field: printable US-ASCII without spaces, at most 255 characters, or "-". */
  private static String field(String value) {
    String clean = value == null ? "" : value.replaceAll("[^\\x21-\\x7e]", "");
    return clean.isEmpty() ? "-" : clean.substring(0, Math.min(255, clean.length()));
  }
}
