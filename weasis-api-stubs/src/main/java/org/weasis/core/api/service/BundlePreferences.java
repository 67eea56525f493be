package org.weasis.core.api.service;

import java.util.prefs.Preferences;
import org.osgi.framework.BundleContext;

/** Stub of Weasis's BundlePreferences: per-user preferences of a bundle. */
public class BundlePreferences {

  public static Preferences getDefaultPreferences(BundleContext context) {
    throw new UnsupportedOperationException("stub");
  }
}
