/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

/**
 * Puts the viewer back after a clip capture one step at a time, so that a step that fails (a closed
 * series, a viewer gone) never keeps the others from running: the radiologist gets back as much of
 * their viewer as can be restored.
 */
final class PutBack {

  private PutBack() {}

  /** Runs every step; the first failure is rethrown at the end with later ones suppressed. */
  static void each(Runnable... steps) {
    Throwable first = null;
    for (Runnable step : steps) {
      try {
        step.run();
      } catch (RuntimeException | Error e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first instanceof RuntimeException r) {
      throw r;
    }
    if (first instanceof Error e) {
      throw e;
    }
  }
}
