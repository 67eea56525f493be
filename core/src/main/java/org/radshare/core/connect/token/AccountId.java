/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import java.util.Objects;
import org.radshare.core.connect.Platform;

/**
 * Which signed-in account a token belongs to: a platform and a name the user recognises (a handle
 * such as {@code dept@mastodon.example}, or {@code default}).
 */
public record AccountId(Platform platform, String name) {

  public AccountId {
    Objects.requireNonNull(platform, "platform");
    name = name == null || name.isBlank() ? "default" : name.strip();
  }

  @Override
  public String toString() {
    return platform.key() + ":" + name;
  }
}
