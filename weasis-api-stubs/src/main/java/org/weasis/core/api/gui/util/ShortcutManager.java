/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.api.gui.util;

import java.beans.PropertyChangeListener;

/**
 * Stub of Weasis's keyboard shortcut registry: shortcuts registered here are listed, and can be
 * changed by the user, in Weasis's shortcut preferences; listeners hear of every change.
 */
public final class ShortcutManager {

  private ShortcutManager() {}

  public static ShortcutManager getInstance() {
    throw new UnsupportedOperationException("stub");
  }

  public void register(
      String id,
      String description,
      String category,
      ShortcutContext context,
      int defaultKeyCode,
      int defaultModifier) {
    throw new UnsupportedOperationException("stub");
  }

  public int getKeyCode(String id) {
    throw new UnsupportedOperationException("stub");
  }

  public int getModifier(String id) {
    throw new UnsupportedOperationException("stub");
  }

  public void addPropertyChangeListener(PropertyChangeListener listener) {
    throw new UnsupportedOperationException("stub");
  }

  public void removePropertyChangeListener(PropertyChangeListener listener) {
    throw new UnsupportedOperationException("stub");
  }

  /** Where a shortcut is active (all constants, in upstream order). */
  public enum ShortcutContext {
    VIEW_CANVAS,
    DICOM_VIEWER,
    MPR,
    VIEWER_3D,
    DICOM_EXPLORER
  }
}
