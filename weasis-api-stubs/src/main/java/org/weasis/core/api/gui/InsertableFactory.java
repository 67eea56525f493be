/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.api.gui;

import java.util.Hashtable;

/** Stub of Weasis's InsertableFactory: the OSGi service a viewer asks for toolbars and tools. */
public interface InsertableFactory {

  Insertable createInstance(Hashtable<String, Object> properties);

  void dispose(Insertable component);

  boolean isComponentCreatedByThisFactory(Insertable component);

  Insertable.Type getType();
}
