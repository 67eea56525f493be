/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.ui.editor.image;

import org.weasis.core.api.media.data.ImageElement;
import org.weasis.core.ui.model.layer.LayerAnnotation;

/** Stub of Weasis's ViewCanvas: one image view of a viewer. */
public interface ViewCanvas<E extends ImageElement> {

  E getImage();

  void setActionsInView(String action, Object value);

  Object getActionValue(String action);

  @SuppressWarnings("rawtypes")
  LayerAnnotation getInfoLayer();
}
