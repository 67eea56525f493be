/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.ui.editor.image;

import java.util.List;
import javax.swing.JPanel;
import org.weasis.core.api.media.data.ImageElement;

/** Stub of Weasis's ImageViewerPlugin: a viewer tab holding a layout of views. */
public abstract class ImageViewerPlugin<E extends ImageElement> extends JPanel {

  /** Every view of the layout, in layout (cell position) order; a new list. */
  public List<ViewCanvas<E>> getImagePanels() {
    throw new UnsupportedOperationException("stub");
  }
}
