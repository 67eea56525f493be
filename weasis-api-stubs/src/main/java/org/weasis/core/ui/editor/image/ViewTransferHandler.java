/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.ui.editor.image;

import java.awt.image.RenderedImage;
import org.weasis.core.api.media.data.ImageElement;

/** Stub of Weasis's ViewTransferHandler: renders a view into an image. */
public class ViewTransferHandler {

  public static <E extends ImageElement> RenderedImage createComponentImage(
      DefaultView2d<E> canvas, boolean anonymize) {
    throw new UnsupportedOperationException("stub");
  }
}
