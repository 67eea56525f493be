/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.mockito.MockedStatic;
import org.radshare.plugin.Edt;
import org.weasis.core.ui.editor.image.DefaultView2d;
import org.weasis.core.ui.editor.image.ViewTransferHandler;
import org.weasis.core.ui.model.layer.LayerAnnotation;
import org.weasis.dicom.codec.DicomImageElement;

/** The capture hides all viewer text, renders, and always puts the view back as it was. */
class ViewCaptureTest {

  private DefaultView2d<DicomImageElement> view;
  private LayerAnnotation<?> info;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void view() {
    view = mock(DefaultView2d.class);
    info = mock(LayerAnnotation.class);
    when(view.getWidth()).thenReturn(40);
    when(view.getHeight()).thenReturn(30);
    when(view.getInfoLayer()).thenReturn(info);
    when(info.getVisible()).thenReturn(Boolean.TRUE);
  }

  @Test
  void hidesTheInfoLayerAndDrawingsThenRendersThenRestores() throws Exception {
    BufferedImage rendered = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
    rendered.setRGB(5, 6, 0xFF0000);

    BufferedImage image = Edt.call(() -> capture(rendered, false));

    InOrder order = inOrder(info, view);
    order.verify(info).setVisible(Boolean.FALSE);
    order.verify(view).setActionsInView("drawings", false);
    order.verify(view).setActionsInView("drawings", null);
    order.verify(info).setVisible(Boolean.TRUE);
    assertThat(image.getWidth()).isEqualTo(40);
    assertThat(image.getRGB(5, 6) & 0xFFFFFF).isEqualTo(0xFF0000);
    assertThat(image).isNotSameAs(rendered);
  }

  @Test
  void restoresTheViewEvenWhenRenderingFails() throws Exception {
    when(view.getActionValue("drawings")).thenReturn(Boolean.TRUE);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try (MockedStatic<ViewTransferHandler> handler = mockStatic(ViewTransferHandler.class)) {
            handler
                .when(() -> ViewTransferHandler.createComponentImage(any(), anyBoolean()))
                .thenThrow(new IllegalStateException("zero size"));
            ViewCapture.render(view, false);
          } catch (Throwable t) {
            thrown.set(t);
          }
        });

    assertThat(thrown.get()).isInstanceOf(CaptureException.class);
    verify(view).setActionsInView("drawings", Boolean.TRUE);
    verify(info).setVisible(Boolean.TRUE);
  }

  @Test
  void keepsDrawingsOnlyWhenAskedAndShown() throws Exception {
    Edt.call(() -> capture(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), true));
    verify(view).setActionsInView("drawings", true);

    when(view.getActionValue("drawings")).thenReturn(Boolean.FALSE);
    Edt.call(() -> capture(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), true));
    verify(view, org.mockito.Mockito.times(2)).setActionsInView("drawings", false);
  }

  @Test
  void aViewThatIsNotShowingIsRefusedUntouched() throws Exception {
    when(view.getWidth()).thenReturn(0);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            ViewCapture.render(view, false);
          } catch (Throwable t) {
            thrown.set(t);
          }
        });
    assertThat(thrown.get()).isInstanceOf(CaptureException.class);
    verify(info, never()).setVisible(any());
  }

  @Test
  void refusesToRunOffTheEventThread() {
    assertThatThrownBy(() -> ViewCapture.render(view, false))
        .isInstanceOf(IllegalStateException.class);
  }

  private BufferedImage capture(BufferedImage rendered, boolean keepDrawings) throws Exception {
    try (MockedStatic<ViewTransferHandler> handler = mockStatic(ViewTransferHandler.class)) {
      handler.when(() -> ViewTransferHandler.createComponentImage(view, true)).thenReturn(rendered);
      return ViewCapture.render(view, keepDrawings);
    }
  }
}
