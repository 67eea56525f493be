/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.api.gui.util;

import java.util.List;
import java.util.Properties;
import javax.swing.JPanel;
import org.weasis.core.api.gui.Insertable;

/**
 * Stub of Weasis's AbstractItemDialogPage. The constructor does not throw so that a plugin page can
 * be instantiated in tests; every other body throws.
 */
public abstract class AbstractItemDialogPage extends JPanel implements PageItem, Insertable {

  protected AbstractItemDialogPage(String title, int pagePosition) {
    super();
  }

  public Properties getProperties() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public String getTitle() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public List<PageItem> getSubPages() {
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
