/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.ui.editor.image;

import java.util.Optional;
import org.weasis.core.api.media.data.ImageElement;

/** Stub of Weasis's ImageViewerEventManager: knows the selected viewer and view. */
public abstract class ImageViewerEventManager<E extends ImageElement> {

  public ViewCanvas<E> getSelectedViewPane() {
    throw new UnsupportedOperationException("stub");
  }

  public ImageViewerPlugin<E> getSelectedView2dContainer() {
    throw new UnsupportedOperationException("stub");
  }

  public <T> Optional<T> getActionFromActionKey(String command, Class<T> type) {
    throw new UnsupportedOperationException("stub");
  }
}
