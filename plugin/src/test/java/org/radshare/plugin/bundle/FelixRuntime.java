/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * A real Apache Felix framework laid out like Weasis 4.7 for the plugin: SCR and the OSGi services
 * Weasis starts, the stubs bundle in place of Weasis, and the jars Weasis provides (Jackson from a
 * folder, so a test can choose the Jackson release of one Weasis 4.7.x).
 */
final class FelixRuntime implements AutoCloseable {

  static final long TIMEOUT_MS = 30_000;

  private final Framework framework;

  private FelixRuntime(Framework framework) {
    this.framework = framework;
  }

  /**
   * Starts Felix with its cache in {@code storage} (kept between two starts on the same folder, as
   * Weasis keeps its cache between launches) and Jackson's three bundles from {@code jacksonDir}.
   */
  static FelixRuntime start(Path storage, Path jacksonDir, boolean cleanCache)
      throws BundleException, IOException {
    return start(storage, jacksonDir, cleanCache, Map.of());
  }

  /** As above, with further framework properties (what Weasis's launcher configuration sets). */
  static FelixRuntime start(
      Path storage, Path jacksonDir, boolean cleanCache, Map<String, String> properties)
      throws BundleException, IOException {
    Map<String, String> config = new HashMap<>(properties);
    config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
    if (cleanCache) {
      config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
    }
    // Like Weasis's launcher: FlatLaf comes from the application class path, unversioned.
    config.put(
        Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
        "com.formdev.flatlaf,com.formdev.flatlaf.extras,com.formdev.flatlaf.extras.components,"
            + "com.formdev.flatlaf.icons,com.formdev.flatlaf.ui,com.formdev.flatlaf.util");
    Framework framework =
        ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(config);
    framework.start();
    BundleContext context = framework.getBundleContext();
    if (context.getBundles().length == 1) {
      List<Bundle> installed = new ArrayList<>();
      // Jackson: Weasis installs core, databind and annotations as bundles (felix.auto.start.35)
      for (Path jar : jacksonJars(jacksonDir)) {
        installed.add(context.installBundle(jar.toUri().toString()));
      }
      for (String className :
          List.of(
              "org.osgi.util.function.Function",
              "org.osgi.util.promise.Promise",
              "org.osgi.service.component.ComponentContext",
              "org.osgi.service.prefs.Preferences",
              "org.apache.felix.scr.impl.Activator",
              "jakarta.json.Json",
              // ScribeJava: weasis-core re-exports it
              "com.github.scribejava.java8.base64.Java8Base64",
              "com.github.scribejava.core.oauth.OAuth20Service",
              "net.miginfocom.layout.LayoutUtil",
              "net.miginfocom.swing.MigLayout",
              "org.weasis.core.api.gui.InsertableFactory")) {
        installed.add(context.installBundle(BuiltBundle.jarOf(className).toUri().toString()));
      }
      for (Bundle b : installed) {
        b.start();
      }
    }
    return new FelixRuntime(framework);
  }

  /** The Jackson folders of the Weasis releases under test (failsafe passes them). */
  static Stream<Path> jacksonDirs() {
    String dirs = System.getProperty("radshare.jackson.dirs");
    if (dirs == null) {
      throw new IllegalStateException("radshare.jackson.dirs is not set (run with `mvn verify`)");
    }
    return Stream.of(dirs.split(",")).map(Path::of);
  }

  private static List<Path> jacksonJars(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
      if (jars.size() != 3) {
        throw new IllegalStateException("expected Jackson core, databind, annotations in " + dir);
      }
      return jars;
    }
  }

  BundleContext context() {
    return framework.getBundleContext();
  }

  @Override
  public void close() throws Exception {
    framework.stop();
    framework.waitForStop(TIMEOUT_MS);
  }
}
