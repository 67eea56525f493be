/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.weasis.core.ui.editor.image.DefaultView2d;
import org.weasis.core.ui.editor.image.ImageViewerEventManager;
import org.weasis.core.ui.editor.image.ImageViewerPlugin;
import org.weasis.core.ui.editor.image.ViewCanvas;
import org.weasis.dicom.codec.DicomImageElement;
import org.weasis.dicom.viewer2d.View2dContainer;

/** Share targets the selected view of a DICOM 2D tab that shows an image, and nothing else. */
@SuppressWarnings("unchecked")
class SelectedViewTest {

  private final ImageViewerEventManager<DicomImageElement> events =
      mock(ImageViewerEventManager.class);

  @Test
  void theSelectedDicomViewWithAnImage() {
    DefaultView2d<DicomImageElement> view = mock(DefaultView2d.class);
    when(events.getSelectedView2dContainer()).thenReturn(mock(View2dContainer.class));
    when(events.getSelectedViewPane()).thenReturn(view);
    when(view.getImage()).thenReturn(mock(DicomImageElement.class));

    assertThat(SelectedView.of(events)).containsSame(view);
  }

  @Test
  void nothingWithoutAnImage() {
    DefaultView2d<DicomImageElement> view = mock(DefaultView2d.class);
    when(events.getSelectedView2dContainer()).thenReturn(mock(View2dContainer.class));
    when(events.getSelectedViewPane()).thenReturn(view);

    assertThat(SelectedView.of(events)).isEmpty();
  }

  @Test
  void nothingInAnotherKindOfViewer() {
    // e.g. MPR: reconstructed images whose header is not the displayed image's
    when(events.getSelectedView2dContainer()).thenReturn(mock(ImageViewerPlugin.class));
    assertThat(SelectedView.of(events)).isEmpty();
  }

  @Test
  void nothingWhenTheViewIsNotA2dView() {
    ViewCanvas<DicomImageElement> canvas = mock(ViewCanvas.class);
    when(events.getSelectedView2dContainer()).thenReturn(mock(View2dContainer.class));
    when(events.getSelectedViewPane()).thenReturn(canvas);
    when(canvas.getImage()).thenReturn(mock(DicomImageElement.class));

    assertThat(SelectedView.of(events)).isEmpty();
    assertThat(SelectedView.of(null)).isEmpty();
  }
}
