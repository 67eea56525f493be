/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.api.service;

import org.osgi.framework.BundleContext;
import org.osgi.service.prefs.Preferences;

/** Stub of Weasis's BundlePreferences: per-user (OSGi Preferences service) nodes of a bundle. */
public class BundlePreferences {

  public static Preferences getDefaultPreferences(BundleContext context) {
    throw new UnsupportedOperationException("stub");
  }
}
