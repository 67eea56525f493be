/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.ui.util;

import javax.swing.JToolBar;

/**
 * Stub of Weasis's WtoolBar. The constructor does not throw so that a plugin tool bar can be
 * instantiated in tests (it only names the bar); every other body throws.
 */
public class WtoolBar extends JToolBar implements Toolbar {

  public WtoolBar(String barName, int position) {
    super(barName);
  }

  @Override
  public final WtoolBar getComponent() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public String getComponentName() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Type getType() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public boolean isComponentEnabled() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void setComponentEnabled(boolean enabled) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public int getComponentPosition() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void setComponentPosition(int position) {
    throw new UnsupportedOperationException("stub");
  }
}
