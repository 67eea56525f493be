/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import java.util.Optional;
import org.weasis.core.ui.editor.image.DefaultView2d;
import org.weasis.core.ui.editor.image.ImageViewerEventManager;
import org.weasis.core.ui.editor.image.ViewCanvas;
import org.weasis.dicom.codec.DicomImageElement;
import org.weasis.dicom.viewer2d.EventManager;
import org.weasis.dicom.viewer2d.View2dContainer;

/**
 * Finds the view the radiologist means when clicking Share: the selected view of the selected DICOM
 * 2D viewer tab, if it shows a DICOM image. One tool bar serves every viewer tab, so this is asked
 * at click time, never cached. MPR views are refused: they show reconstructed images whose header
 * is not the displayed image's.
 */
public final class SelectedView {

  private SelectedView() {}

  /** The selected DICOM view of the running viewer, or empty when there is none. */
  public static Optional<DefaultView2d<DicomImageElement>> current() {
    return of(EventManager.getInstance());
  }

  /** The selected DICOM view known to {@code events}, or empty when there is none. */
  public static Optional<DefaultView2d<DicomImageElement>> of(
      ImageViewerEventManager<DicomImageElement> events) {
    if (events == null || !(events.getSelectedView2dContainer() instanceof View2dContainer)) {
      return Optional.empty();
    }
    ViewCanvas<DicomImageElement> view = events.getSelectedViewPane();
    if (view instanceof DefaultView2d<DicomImageElement> view2d && view.getImage() != null) {
      return Optional.of(view2d);
    }
    return Optional.empty();
  }
}
