/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plugin's user-interface strings, like each Weasis module's {@code Messages}: every visible
 * text comes from {@code org/radshare/plugin/messages*.properties}, so translators add a {@code
 * messages_xx.properties} beside the English one. A missing key shows as {@code !key!} instead of
 * failing.
 */
public final class Messages {

  private static final String BUNDLE_NAME = "org.radshare.plugin.messages";

  private Messages() {}

  /** The text for {@code key} in the default locale (set by the Weasis launcher). */
  public static String getString(String key) {
    try {
      return ResourceBundle.getBundle(BUNDLE_NAME).getString(key);
    } catch (MissingResourceException e) {
      return '!' + key + '!';
    }
  }

  /** Whether the bundle has a text for {@code key} (else {@link #getString} marks the key). */
  public static boolean has(String key) {
    try {
      return ResourceBundle.getBundle(BUNDLE_NAME).containsKey(key);
    } catch (MissingResourceException e) {
      return false;
    }
  }

  /** The text for {@code key} with {@link MessageFormat} arguments filled in. */
  public static String format(String key, Object... args) {
    return MessageFormat.format(getString(key), args);
  }
}
