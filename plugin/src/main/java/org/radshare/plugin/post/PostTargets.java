/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.post;

import java.util.ArrayList;
import java.util.List;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.TokenStore;
import org.radshare.core.share.PublishSetup;

/**
 * Opens the connector for every platform of a share before anything is sent, so a missing or
 * ambiguous sign-in stops the whole share up front with a hint that points to the plugin's
 * preferences (core's own hint names the command line).
 */
final class PostTargets {

  private PostTargets() {}

  /**
   * One target per platform, in order; the outbox needs no account, every other platform posts as
   * the single account signed in for it.
   *
   * @throws ReviewedPosting.NotPostedException when no platform is chosen or a platform has no
   *     single sign-in
   */
  static List<PublishSetup.Target> open(
      PublishSetup setup, TokenStore signIns, List<Platform> platforms) throws Exception {
    if (platforms.isEmpty()) {
      throw new ReviewedPosting.NotPostedException("Choose where to post.");
    }
    List<PublishSetup.Target> out = new ArrayList<>();
    for (Platform p : platforms) {
      out.add(setup.target(p, p == Platform.OUTBOX ? "" : onlyAccount(signIns, p)));
    }
    return out;
  }

  private static String onlyAccount(TokenStore signIns, Platform platform) throws Exception {
    List<AccountId> mine =
        signIns.accounts().stream().filter(a -> a.platform() == platform).toList();
    if (mine.size() != 1) {
      throw new ReviewedPosting.NotPostedException(
          mine.isEmpty()
              ? "Sign in to " + platform.displayName() + " in the RadShare preferences first."
              : "Several " + platform.displayName() + " accounts are signed in; keep one.");
    }
    return mine.get(0).name();
  }
}
