/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Who shared: the operating-system account that ran RadShare and, when the viewer has a login, the
 * Weasis user. These identify staff, not patients.
 */
public record Actor(String osUser, Optional<String> viewerUser) {

  public Actor {
    Objects.requireNonNull(osUser, "osUser");
    Objects.requireNonNull(viewerUser, "viewerUser");
  }

  /** The account running this JVM ({@code user.name}) with no viewer login. */
  public static Actor currentOsUser() {
    return new Actor(System.getProperty("user.name", "unknown"), Optional.empty());
  }

  /** This actor with the given viewer login. */
  public Actor withViewerUser(String user) {
    return new Actor(osUser, Optional.of(user));
  }
}
