/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.dicom.viewer2d;

import org.weasis.core.ui.editor.image.ImageViewerEventManager;
import org.weasis.dicom.codec.DicomImageElement;

/** Stub of the DICOM 2D viewer's EventManager singleton. */
public class EventManager extends ImageViewerEventManager<DicomImageElement> {

  public static synchronized EventManager getInstance() {
    throw new UnsupportedOperationException("stub");
  }
}
