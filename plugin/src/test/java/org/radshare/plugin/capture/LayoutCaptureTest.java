/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.json.stream.JsonGenerator;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.dcm4che3.data.Attributes;
import org.dcm4che3.json.JSONWriter;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;
import org.radshare.plugin.Edt;
import org.weasis.core.ui.editor.image.DefaultView2d;
import org.weasis.core.ui.editor.image.ImageViewerEventManager;
import org.weasis.core.ui.editor.image.ImageViewerPlugin;
import org.weasis.core.ui.editor.image.ViewCanvas;
import org.weasis.dicom.codec.DcmMediaReader;
import org.weasis.dicom.codec.DicomImageElement;
import org.weasis.dicom.viewer2d.View2dContainer;

/**
 * Share layout takes every view of the DICOM tab that shows an image, the selected one first, each
 * rendered like a single capture and paired with its own header; over four, the radiologist picks.
 */
@SuppressWarnings("unchecked")
class LayoutCaptureTest {

  private final ImageViewerEventManager<DicomImageElement> events =
      mock(ImageViewerEventManager.class);
  private final View2dContainer container = mock(View2dContainer.class);

  /** Which dataset each view's image has: view number n has dataset n. */
  private final Map<Attributes, Integer> datasets = new IdentityHashMap<>();

  @Test
  void twoViewsAreBothCapturedSelectedFirstEachWithItsOwnHeader() throws Exception {
    DefaultView2d<DicomImageElement> left = view(1);
    DefaultView2d<DicomImageElement> right = view(2);
    layout(right, left, right);

    LayoutViews layout = LayoutViews.of(events).orElseThrow();
    assertThat(layout.views()).containsExactly(right, left);
    assertThat(layout.startsWithSelected()).isTrue();
    assertThat(layout.needsChoice()).isFalse();

    List<Capture> captures = capture(layout, (all, pre) -> Optional.of(List.of(0)));
    assertThat(captures).hasSize(2);
    assertThat(widths(captures)).containsExactly(20, 10); // each rendered from its own view
    assertThat(headers(captures)).containsExactly("{\"view\":2}", "{\"view\":1}");
  }

  @Test
  void fiveViewsOfferTheSelectedAndTheNextThreeInLayoutOrder() throws Exception {
    List<DefaultView2d<DicomImageElement>> views = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      views.add(view(n));
    }
    layout(views.get(2), views.toArray(DefaultView2d[]::new));

    LayoutViews layout = LayoutViews.of(events).orElseThrow();
    assertThat(layout.needsChoice()).isTrue();
    assertThat(layout.views())
        .containsExactly(views.get(2), views.get(0), views.get(1), views.get(3), views.get(4));
    AtomicReference<List<Integer>> offered = new AtomicReference<>();
    AtomicReference<Integer> shown = new AtomicReference<>();
    List<Capture> captures =
        capture(
            layout,
            (all, pre) -> {
              offered.set(pre);
              shown.set(all.size());
              return Optional.of(pre);
            });

    assertThat(shown.get()).as("every view is shown to pick from").isEqualTo(5);
    assertThat(offered.get()).containsExactly(0, 1, 2, 3);
    assertThat(headers(captures))
        .containsExactly("{\"view\":3}", "{\"view\":1}", "{\"view\":2}", "{\"view\":4}");
  }

  @Test
  void thePickIsKeptInDisplayOrderAndCancellingSharesNothing() throws Exception {
    List<DefaultView2d<DicomImageElement>> views = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      views.add(view(n));
    }
    layout(views.get(0), views.toArray(DefaultView2d[]::new));
    LayoutViews layout = LayoutViews.of(events).orElseThrow();

    List<Capture> picked = capture(layout, (all, pre) -> Optional.of(List.of(5, 0, 3)));
    assertThat(headers(picked)).containsExactly("{\"view\":1}", "{\"view\":4}", "{\"view\":6}");

    Optional<List<Capture>> cancelled =
        Edt.call(() -> render(layout, (all, pre) -> Optional.empty()));
    assertThat(cancelled).isEmpty();
  }

  @Test
  void viewsWithoutAnImageOrNotOnScreenAreSkipped() throws Exception {
    DefaultView2d<DicomImageElement> shown = view(1);
    DefaultView2d<DicomImageElement> empty = mock(DefaultView2d.class);
    when(empty.getWidth()).thenReturn(10);
    when(empty.getHeight()).thenReturn(10);
    DefaultView2d<DicomImageElement> hidden = view(3);
    when(hidden.getWidth()).thenReturn(0);
    DefaultView2d<DicomImageElement> other = view(4);
    ViewCanvas<DicomImageElement> notA2dView = mock(ViewCanvas.class);
    when(notA2dView.getImage()).thenReturn(mock(DicomImageElement.class));
    layout(empty, shown, empty, hidden, notA2dView, other);

    LayoutViews layout = LayoutViews.of(events).orElseThrow();
    assertThat(layout.views()).containsExactly(shown, other);
    assertThat(layout.startsWithSelected()).as("the selected view is empty").isFalse();
    assertThat(headers(capture(layout, (all, pre) -> Optional.empty())))
        .containsExactly("{\"view\":1}", "{\"view\":4}");
    verify(empty, never()).setActionsInView(any(), any());
  }

  @Test
  void onlyTheDicom2dViewerOffersItsLayout() {
    when(events.getSelectedView2dContainer()).thenReturn(mock(ImageViewerPlugin.class));
    assertThat(LayoutViews.of(events)).isEmpty();
    assertThat(LayoutViews.of(null)).isEmpty();

    DefaultView2d<DicomImageElement> one = view(1);
    layout(one, one);
    assertThat(LayoutViews.of(events).orElseThrow().isSeveral()).isFalse();
  }

  private void layout(
      ViewCanvas<DicomImageElement> selected, ViewCanvas<DicomImageElement>... panels) {
    when(events.getSelectedView2dContainer()).thenReturn(container);
    when(events.getSelectedViewPane()).thenReturn(selected);
    when(container.getImagePanels()).thenReturn(new ArrayList<>(List.of(panels)));
  }

  /** View n: n×10 pixels wide, showing an image whose dataset is number n. */
  private DefaultView2d<DicomImageElement> view(int n) {
    DefaultView2d<DicomImageElement> view = mock(DefaultView2d.class);
    DicomImageElement image = mock(DicomImageElement.class);
    DcmMediaReader reader = mock(DcmMediaReader.class);
    Attributes dataset = mock(Attributes.class);
    datasets.put(dataset, n);
    when(view.getWidth()).thenReturn(10 * n);
    when(view.getHeight()).thenReturn(10);
    when(view.getImage()).thenReturn(image);
    when(image.getMediaReader()).thenReturn(reader);
    when(reader.getDicomObject()).thenReturn(dataset);
    return view;
  }

  private List<Capture> capture(LayoutViews layout, LayoutCapture.Chooser chooser)
      throws Exception {
    return Edt.call(() -> render(layout, chooser)).orElseThrow();
  }

  /** Renders on the event thread; each view's capture is as wide as the view. */
  private static Optional<List<Capture>> render(LayoutViews layout, LayoutCapture.Chooser chooser)
      throws CaptureException {
    try (MockedStatic<org.weasis.core.ui.editor.image.ViewTransferHandler> handler =
        mockStatic(org.weasis.core.ui.editor.image.ViewTransferHandler.class)) {
      handler
          .when(
              () ->
                  org.weasis.core.ui.editor.image.ViewTransferHandler.createComponentImage(
                      any(), anyBoolean()))
          .thenAnswer(
              call -> {
                DefaultView2d<?> v = call.getArgument(0);
                return new BufferedImage(v.getWidth(), v.getHeight(), BufferedImage.TYPE_INT_RGB);
              });
      return LayoutCapture.capture(layout, false, chooser);
    }
  }

  private static List<Integer> widths(List<Capture> captures) {
    return captures.stream().map(c -> c.image().getWidth()).toList();
  }

  /**
   * Reads each capture's header through the real export (off the event thread), with dcm4che's
   * writer faked to write which dataset the copy was made from.
   */
  private List<String> headers(List<Capture> captures) throws Exception {
    Map<Attributes, Integer> copies = new IdentityHashMap<>();
    try (MockedConstruction<Attributes> copied =
            mockConstruction(
                Attributes.class,
                (copy, ctx) -> copies.put(copy, datasets.get(ctx.arguments().get(0))));
        MockedConstruction<JSONWriter> writers =
            mockConstruction(
                JSONWriter.class,
                (writer, ctx) -> {
                  JsonGenerator gen = (JsonGenerator) ctx.arguments().get(0);
                  doAnswer(
                          call -> {
                            gen.writeStartObject()
                                .write("view", copies.get(call.getArgument(0)))
                                .writeEnd();
                            return null;
                          })
                      .when(writer)
                      .write(any());
                })) {
      List<String> out = new ArrayList<>();
      for (Capture c : captures) {
        out.add(c.header().call());
      }
      return out;
    }
  }
}
