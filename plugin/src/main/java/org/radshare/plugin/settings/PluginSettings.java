/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.settings;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.radshare.core.review.ShareDefaults;
import org.weasis.core.api.service.BundlePreferences;

/**
 * Where the plugin's settings come from: the department's, as framework properties that IT sets in
 * the Weasis launcher configuration (bundle-config/), and the radiologist's own, in the OSGi
 * Preferences service Weasis runs (through Weasis's BundlePreferences). Core's {@link
 * ShareDefaults} decides which wins.
 */
@Component(service = PluginSettings.class)
public final class PluginSettings {

  private static final String NODE = "radshare";

  /** The user's Weasis folder, set by the Weasis launcher. */
  static final String WEASIS_PATH = "weasis.path";

  /** The folders older versions kept in the bundle data area. */
  static final java.util.List<String> MIGRATED = java.util.List.of("outbox", "policy");

  private volatile BundleContext context;

  @Activate
  void activate(BundleContext bundleContext) {
    this.context = bundleContext;
    migrateBundleDataArea(bundleContext);
  }

  @Deactivate
  void deactivate() {
    this.context = null;
  }

  /** The defaults for a new share, read now. */
  public ShareDefaults defaults() {
    Preferences user = userPreferences();
    return ShareDefaults.resolve(this::department, k -> user == null ? null : user.get(k, null));
  }

  /** A department setting (framework property, else system property), or null. */
  public String department(String key) {
    BundleContext c = context;
    return c == null ? System.getProperty(key) : c.getProperty(key);
  }

  /**
   * The radiologist's own folder {@code name} (outbox, cached policy), outside the bundle data area
   * so that it survives Weasis reinstalling the bundle: {@code <weasis.path>/radshare/<name>}, or
   * {@code ~/.radshare/<name>} outside a framework. Created owner-only.
   */
  public Path dataFolder(String name) {
    BundleContext c = context;
    UserDataFolder folder =
        c == null
            ? new UserDataFolder(Path.of(System.getProperty("user.home"), ".radshare"))
            : UserDataFolder.underWeasis(c.getProperty(WEASIS_PATH));
    try {
      return folder.folder(name);
    } catch (IOException e) {
      // The share that needs it reports the folder it could not write.
      return folder.root().resolve(name);
    }
  }

  /** Moves what versions before 0.1 kept in the bundle data area to the user's folder. */
  private static void migrateBundleDataArea(BundleContext c) {
    File area = c.getDataFile("");
    if (area == null) {
      return;
    }
    UserDataFolder folder = UserDataFolder.underWeasis(c.getProperty(WEASIS_PATH));
    for (String name : MIGRATED) {
      try {
        folder.migrate(area.toPath(), name);
      } catch (IOException e) {
        // Left where it was: the next start tries again; nothing is deleted before it is copied.
      }
    }
  }

  /** Stores the radiologist's own value for {@code key}; null removes it. */
  public void saveUser(String key, String value) {
    Preferences user = userPreferences();
    if (user == null) {
      return;
    }
    if (value == null) {
      user.remove(key);
    } else {
      user.put(key, value);
    }
    try {
      user.flush();
    } catch (BackingStoreException e) {
      // Kept in memory for this session; Weasis writes bundle preferences on exit.
    }
  }

  private Preferences userPreferences() {
    BundleContext c = context;
    if (c == null) {
      return null;
    }
    try {
      Preferences root = BundlePreferences.getDefaultPreferences(c);
      return root == null ? null : root.node(NODE);
    } catch (RuntimeException e) {
      // No preferences service (outside Weasis): department settings only.
      return null;
    }
  }
}
