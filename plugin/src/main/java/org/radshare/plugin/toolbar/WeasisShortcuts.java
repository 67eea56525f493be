/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import java.beans.PropertyChangeListener;
import javax.swing.KeyStroke;
import org.weasis.core.api.gui.util.ShortcutManager;

/**
 * RadShare's keyboard shortcuts, registered the Weasis way: in Weasis's {@link ShortcutManager}
 * (DICOM 2D viewer context), so they are listed in Weasis's shortcut preferences, checked there for
 * conflicts and changeable by the radiologist, who then gets the key they chose. Where Weasis has
 * no shortcut registry (a Weasis 4.7 release without it, or a test framework without Weasis) the
 * built-in defaults apply.
 */
final class WeasisShortcuts {

  /** The category RadShare's shortcuts are listed under in Weasis's preferences. */
  static final String CATEGORY = "RadShare";

  private WeasisShortcuts() {}

  /** Registers {@code id} (once) and returns its current key, or {@code fallback}. */
  static KeyStroke register(String id, String description, KeyStroke fallback) {
    try {
      ShortcutManager manager = ShortcutManager.getInstance();
      if (manager.getKeyCode(id) == 0) {
        manager.register(
            id,
            description,
            CATEGORY,
            ShortcutManager.ShortcutContext.DICOM_VIEWER,
            fallback.getKeyCode(),
            fallback.getModifiers());
      }
      return current(id, fallback);
    } catch (RuntimeException | LinkageError e) {
      return fallback;
    }
  }

  /** The key the user has for {@code id} now, or {@code fallback} when there is none. */
  static KeyStroke current(String id, KeyStroke fallback) {
    try {
      ShortcutManager manager = ShortcutManager.getInstance();
      int code = manager.getKeyCode(id);
      return code == 0 ? fallback : KeyStroke.getKeyStroke(code, manager.getModifier(id));
    } catch (RuntimeException | LinkageError e) {
      return fallback;
    }
  }

  /**
   * Calls {@code changed} whenever the user changes a shortcut in Weasis; returns what removes the
   * listener (Weasis's registry outlives the plugin: a listener left behind would keep the
   * uninstalled plugin in memory).
   */
  static Runnable onChange(Runnable changed) {
    // Weasis fires only shortcut changes on this registry; rebinding is cheap, so any will do.
    PropertyChangeListener listener = e -> changed.run();
    try {
      ShortcutManager manager = ShortcutManager.getInstance();
      manager.addPropertyChangeListener(listener);
      return () -> manager.removePropertyChangeListener(listener);
    } catch (RuntimeException | LinkageError e) {
      return () -> {};
    }
  }
}
