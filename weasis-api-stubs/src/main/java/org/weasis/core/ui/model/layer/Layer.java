/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.ui.model.layer;

/** Stub of Weasis's Layer: a drawing layer of a view. */
public interface Layer {

  void setVisible(Boolean visible);

  Boolean getVisible();
}
