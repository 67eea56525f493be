/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: the one digest the audit trail uses for chaining and for media. */
public final class Sha256 {

  /** The {@code prev} value of the first record of a log: there is no previous record. */
  public static final String GENESIS = "0".repeat(64);

  private Sha256() {}

  /** Hex SHA-256 of {@code bytes}. */
  public static String hex(byte[] bytes) {
    return hex(bytes, 0, bytes.length);
  }

  /** Hex SHA-256 of {@code length} bytes of {@code bytes} from {@code offset}. */
  public static String hex(byte[] bytes, int offset, int length) {
    MessageDigest digest = newDigest();
    digest.update(bytes, offset, length);
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
