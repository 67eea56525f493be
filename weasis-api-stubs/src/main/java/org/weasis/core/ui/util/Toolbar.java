/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.ui.util;

import org.weasis.core.api.gui.Insertable;

/** Stub of Weasis's Toolbar: an Insertable that is a tool bar. */
public interface Toolbar extends Insertable {

  WtoolBar getComponent();
}
