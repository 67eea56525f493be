/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.api.gui.util;

import java.util.List;

/** Stub of Weasis's PageItem: one page of the preferences dialog. */
public interface PageItem {

  void resetToDefaultValues();

  String getTitle();

  List<PageItem> getSubPages();

  void closeAdditionalWindow();
}
