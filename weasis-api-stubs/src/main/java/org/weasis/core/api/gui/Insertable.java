/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.api.gui;

/** Stub of Weasis's Insertable: a component a factory contributes to the UI. */
public interface Insertable {

  /** Where a component goes; constants in upstream order (ordinals must match). */
  enum Type {
    EXPLORER,
    TOOL,
    TOOL_EXT,
    TOOLBAR,
    EMPTY,
    LICENSE,
    PREFERENCES
  }

  String getComponentName();

  Type getType();

  boolean isComponentEnabled();

  void setComponentEnabled(boolean enabled);

  int getComponentPosition();

  void setComponentPosition(int position);
}
