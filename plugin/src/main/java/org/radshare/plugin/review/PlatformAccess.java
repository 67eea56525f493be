/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.radshare.core.connect.Platform;

/**
 * Where the radiologist may post from this window: the platforms the department's policy allows, in
 * the policy's order, each with the accounts signed in for it, and an inline sign-in. Exists so the
 * review window lists only what the policy allows and offers sign-in before Post is pressed,
 * instead of failing one platform at a time afterwards. Calls may be slow (policy download, browser
 * sign-in) and are made off the event thread.
 */
public interface PlatformAccess {

  /**
   * A platform the department allows and the radiologist's accounts on it.
   *
   * @param accounts the signed-in accounts the policy lets this user post as; empty when signed out
   */
  record Destination(Platform platform, List<String> accounts) {
    public Destination {
      accounts = List.copyOf(accounts);
    }

    /** Whether posting here needs a sign-in first (the local outbox never does). */
    public boolean needsSignIn() {
      return platform != Platform.OUTBOX && accounts.isEmpty();
    }
  }

  /** The allowed platforms, in the policy's order, with their sign-in state. */
  List<Destination> destinations() throws Exception;

  /** Signs in to {@code platform} (the browser opens) and returns its new state. */
  Destination signIn(Platform platform) throws Exception;

  /**
   * The caption as the department will post it (its disclaimer and default hashtags added), for the
   * preview; unchanged where no policy adds anything.
   */
  default String finalCaption(String caption) {
    return caption;
  }

  /** The department's default content warning, if its policy sets one. */
  default Optional<String> defaultContentWarning() {
    return Optional.empty();
  }

  /**
   * Every platform, signed in: for backends without a department (tests, tools); the department's
   * gate still decides at posting time.
   */
  PlatformAccess EVERY =
      new PlatformAccess() {
        @Override
        public List<Destination> destinations() {
          return Arrays.stream(Platform.values())
              .map(p -> new Destination(p, List.of("me")))
              .toList();
        }

        @Override
        public Destination signIn(Platform platform) {
          return new Destination(platform, List.of("me"));
        }
      };
}
