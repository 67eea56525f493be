/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.api.gui.util;

/** Stub of Weasis's list actions (the window/level "preset", ...). */
public abstract class ComboItemListener<T> {

  public Object getSelectedItem() {
    throw new UnsupportedOperationException("stub");
  }

  public void setSelectedItem(Object object) {
    throw new UnsupportedOperationException("stub");
  }
}
