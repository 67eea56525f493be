/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a post can go. {@link #OUTBOX} is the embedded default: it writes what would be sent to a
 * local folder instead of the network, so the whole pipeline can be shown without any account.
 */
public enum Platform {
  MASTODON("mastodon", "Mastodon"),
  X("x", "X"),
  LINKEDIN("linkedin", "LinkedIn"),
  BLUESKY("bluesky", "Bluesky"),
  FACEBOOK("facebook", "Facebook Page"),
  OUTBOX("outbox", "Local outbox");

  private final String key;
  private final String displayName;

  Platform(String key, String displayName) {
    this.key = key;
    this.displayName = displayName;
  }

  /** The lower-case name used on the command line and in configuration files. */
  public String key() {
    return key;
  }

  /** The name shown to users in messages. */
  public String displayName() {
    return displayName;
  }

  /** Looks a platform up by its {@link #key()} (case-insensitive). */
  public static Optional<Platform> byKey(String key) {
    String wanted = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.key.equals(wanted)).findFirst();
  }
}
