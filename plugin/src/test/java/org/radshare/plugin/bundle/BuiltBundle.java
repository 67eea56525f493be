/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.bundle;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The packaged plugin bundle and the jars of the classes a test needs, located for tests. */
final class BuiltBundle {

  private BuiltBundle() {}

  /** The plugin jar that `package` built (failsafe passes its path). */
  static Path pluginJar() {
    String path = System.getProperty("radshare.plugin.jar");
    if (path == null || !Files.isRegularFile(Path.of(path))) {
      throw new IllegalStateException(
          "the plugin bundle is not built (run the integration tests with `mvn verify`): " + path);
    }
    return Path.of(path);
  }

  static Manifest manifest(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest();
    }
  }

  /** The jar (or class folder) that holds {@code className} on the test class path. */
  static Path jarOf(String className) {
    try {
      Class<?> type = Class.forName(className, false, BuiltBundle.class.getClassLoader());
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("not on the test class path: " + className, e);
    }
  }
}
