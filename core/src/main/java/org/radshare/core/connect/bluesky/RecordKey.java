/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Record keys for posts: AT Protocol TIDs (53 bits of microseconds, 10 bits of clock id, in
 * base32-sortable), chosen by RadShare rather than the PDS so that the same post made again, in
 * this run or a later one, lands on the same key and cannot become a second post. The key is a
 * function of the post's content key (its idempotency key) and the UTC day: the timestamp is the
 * day's start plus a content-derived offset within its first second, the clock id is content
 * derived too. A repeat on the next day is caught by looking up the previous day's key as well.
 */
public final class RecordKey {

  private static final char[] ALPHABET = "234567abcdefghijklmnopqrstuvwxyz".toCharArray();

  private RecordKey() {}

  /** The TID of the post with {@code idempotencyKey} made on the UTC day of {@code time}. */
  public static String tid(Instant time, String idempotencyKey) {
    long digest = digest(idempotencyKey);
    long dayStart = Math.floorDiv(time.getEpochSecond(), 86_400L) * 86_400L;
    long micros = dayStart * 1_000_000L + Math.floorMod(digest, 1_000_000L);
    int clockId = (int) ((digest >>> 40) & 0x3FF);
    long value = ((micros & ((1L << 53) - 1)) << 10) | clockId;
    char[] out = new char[13];
    for (int i = 12; i >= 0; i--) {
      out[i] = ALPHABET[(int) (value & 31)];
      value >>>= 5;
    }
    return new String(out);
  }

  /** The same post's key on the day before (a repeat just after midnight). */
  public static String previousDay(Instant time, String idempotencyKey) {
    return tid(time.minusSeconds(86_400L), idempotencyKey);
  }

  private static long digest(String key) {
    try {
      byte[] h =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(key.getBytes(StandardCharsets.UTF_8));
      return java.nio.ByteBuffer.wrap(h).getLong();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The record key at the end of an {@code at://did/collection/rkey} URI. */
  public static String fromUri(String atUri) {
    return atUri.substring(atUri.lastIndexOf('/') + 1);
  }
}
