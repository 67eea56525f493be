/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Record keys for posts: AT Protocol TIDs (53 bits of microseconds, 10 bits of clock id, in
 * base32-sortable). Choosing the key ourselves, with the clock id taken from the draft's
 * idempotency key, makes a retried createRecord fail as a duplicate instead of posting twice.
 */
public final class RecordKey {

  private static final char[] ALPHABET = "234567abcdefghijklmnopqrstuvwxyz".toCharArray();

  private RecordKey() {}

  /** A TID for {@code time} whose clock id is derived from {@code idempotencyKey}. */
  public static String tid(Instant time, String idempotencyKey) {
    long micros = time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000;
    int clockId = Arrays.hashCode(idempotencyKey.getBytes(StandardCharsets.UTF_8)) & 0x3FF;
    long value = ((micros & ((1L << 53) - 1)) << 10) | clockId;
    char[] out = new char[13];
    for (int i = 12; i >= 0; i--) {
      out[i] = ALPHABET[(int) (value & 31)];
      value >>>= 5;
    }
    return new String(out);
  }

  /** The record key at the end of an {@code at://did/collection/rkey} URI. */
  public static String fromUri(String atUri) {
    return atUri.substring(atUri.lastIndexOf('/') + 1);
  }
}
