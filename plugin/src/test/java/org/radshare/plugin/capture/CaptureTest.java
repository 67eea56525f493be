/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.weasis.core.ui.editor.image.DefaultView2d;
import org.weasis.core.ui.editor.image.ViewTransferHandler;
import org.weasis.dicom.codec.DicomImageElement;

/** The header handed on with a capture is the one of the image (frame) that was captured. */
class CaptureTest {

  @Test
  @SuppressWarnings("unchecked")
  void theHeaderBelongsToTheCapturedFrameEvenAfterScrolling() throws Exception {
    DefaultView2d<DicomImageElement> view = mock(DefaultView2d.class);
    DicomImageElement frame3 = mock(DicomImageElement.class);
    DicomImageElement frame4 = mock(DicomImageElement.class);
    when(view.getWidth()).thenReturn(8);
    when(view.getHeight()).thenReturn(8);
    when(view.getImage()).thenReturn(frame3);
    AtomicReference<Capture> captured = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try (MockedStatic<ViewTransferHandler> handler = mockStatic(ViewTransferHandler.class)) {
            handler
                .when(() -> ViewTransferHandler.createComponentImage(view, true))
                .thenReturn(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
            captured.set(Capture.of(view, false));
          } catch (CaptureException e) {
            throw new AssertionError(e);
          }
        });
    when(view.getImage()).thenReturn(frame4); // the radiologist scrolls on

    try (MockedStatic<DicomJsonExport> export = mockStatic(DicomJsonExport.class)) {
      export.when(() -> DicomJsonExport.of(frame3)).thenReturn("{\"frame\":3}");
      export.when(() -> DicomJsonExport.of(frame4)).thenReturn("{\"frame\":4}");
      assertThat(captured.get().header().call()).isEqualTo("{\"frame\":3}");
    }
    assertThat(captured.get().image().getWidth()).isEqualTo(8);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aViewWithoutAnImageCannotBeCaptured() throws Exception {
    DefaultView2d<DicomImageElement> view = mock(DefaultView2d.class);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            Capture.of(view, false);
          } catch (Throwable t) {
            thrown.set(t);
          }
        });
    assertThat(thrown.get()).isInstanceOf(CaptureException.class);
    assertThatThrownBy(() -> Capture.of(view, false)).isInstanceOf(CaptureException.class);
  }
}
