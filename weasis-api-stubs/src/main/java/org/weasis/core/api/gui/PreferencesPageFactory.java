/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.api.gui;

import java.util.Hashtable;
import org.weasis.core.api.gui.util.AbstractItemDialogPage;

/** Stub of Weasis's PreferencesPageFactory: contributes a page to the preferences dialog. */
public interface PreferencesPageFactory extends InsertableFactory {

  @Override
  AbstractItemDialogPage createInstance(Hashtable<String, Object> properties);

  @Override
  default void dispose(Insertable component) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  default Insertable.Type getType() {
    throw new UnsupportedOperationException("stub");
  }
}
