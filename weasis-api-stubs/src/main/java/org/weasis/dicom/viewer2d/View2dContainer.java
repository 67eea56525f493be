/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.dicom.viewer2d;

import org.weasis.core.ui.editor.image.ImageViewerPlugin;
import org.weasis.dicom.codec.DicomImageElement;

/** Stub of the DICOM 2D viewer tab (type only; MPR uses another container). */
public class View2dContainer extends ImageViewerPlugin<DicomImageElement> {}
