/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

/**
 * One thing wrong with a policy file, in words IT can act on.
 *
 * @param where the JSON location ({@code $.blockOverride.justificationMinLength}) or the file
 */
public record PolicyProblem(String where, String message) {

  @Override
  public String toString() {
    return where + ": " + message;
  }
}
