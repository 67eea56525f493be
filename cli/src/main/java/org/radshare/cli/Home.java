/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.nio.file.Path;

/**
 * Where this RadShare checkout lives: the launcher exports {@code RADSHARE_HOME}; without it the
 * working directory is taken, so defaults such as test-data/fixtures resolve wherever the command
 * is run from.
 */
final class Home {

  private Home() {}

  static Path path(String first, String... more) {
    String home = System.getenv("RADSHARE_HOME");
    Path root = home == null || home.isBlank() ? Path.of("") : Path.of(home);
    return root.resolve(Path.of(first, more)).toAbsolutePath().normalize();
  }
}
