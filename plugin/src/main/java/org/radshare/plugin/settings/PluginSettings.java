package org.radshare.plugin.settings;

import java.io.File;
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

  private volatile BundleContext context;

  @Activate
  void activate(BundleContext bundleContext) {
    this.context = bundleContext;
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
   * A folder of the bundle's own (its OSGi data area in the Weasis profile; outside a framework,
   * {@code ~/.radshare/<name>}) for the outbox and downloaded policy copies.
   */
  public Path dataFolder(String name) {
    BundleContext c = context;
    File data = c == null ? null : c.getDataFile(name);
    return data != null
        ? data.toPath()
        : Path.of(System.getProperty("user.home"), ".radshare", name);
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
