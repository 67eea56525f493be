/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.weasis.core.ui.editor.image.DefaultView2d;
import org.weasis.core.ui.editor.image.ImageViewerEventManager;
import org.weasis.core.ui.editor.image.ImageViewerPlugin;
import org.weasis.core.ui.editor.image.ViewCanvas;
import org.weasis.dicom.codec.DicomImageElement;
import org.weasis.dicom.viewer2d.EventManager;
import org.weasis.dicom.viewer2d.View2dContainer;

/**
 * The views of the selected DICOM 2D viewer tab that can go into one post: every view of the layout
 * that shows a DICOM image, the selected view first, then the others in layout order. Empty cells,
 * views that are not on screen and views of other kinds are left out. Like {@link SelectedView} it
 * is asked at click time, never cached; MPR tabs are refused for the same reason.
 *
 * @param views the shareable views, the selected one (if it shows an image) first
 * @param startsWithSelected the first view is the selected one (it shows an image)
 */
public record LayoutViews(
    List<DefaultView2d<DicomImageElement>> views, boolean startsWithSelected) {

  /** The most images one post carries (the platforms' common limit). */
  public static final int MAX_IMAGES = 4;

  public LayoutViews {
    views = List.copyOf(views);
  }

  /** The shareable views of the running viewer, when there are at least two. */
  public static Optional<LayoutViews> current() {
    return of(EventManager.getInstance()).filter(LayoutViews::isSeveral);
  }

  /** The shareable views of the tab selected in {@code events} (possibly none). */
  public static Optional<LayoutViews> of(ImageViewerEventManager<DicomImageElement> events) {
    if (events == null
        || !(events.getSelectedView2dContainer() instanceof View2dContainer container)) {
      return Optional.empty();
    }
    List<DefaultView2d<DicomImageElement>> out = new ArrayList<>();
    shareable(events.getSelectedViewPane()).ifPresent(out::add);
    boolean selectedFirst = !out.isEmpty();
    for (ViewCanvas<DicomImageElement> view : panels(container)) {
      shareable(view).filter(v -> !out.contains(v)).ifPresent(out::add);
    }
    return Optional.of(new LayoutViews(out, selectedFirst));
  }

  /** More than one view: worth a layout share. */
  public boolean isSeveral() {
    return views.size() > 1;
  }

  /** More views than one post takes: the radiologist picks. */
  public boolean needsChoice() {
    return views.size() > MAX_IMAGES;
  }

  /** The views taken unless the radiologist picks otherwise: the first four, selected first. */
  public List<Integer> preselected() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX_IMAGES, views.size()); i++) {
      out.add(i);
    }
    return out;
  }

  private static List<ViewCanvas<DicomImageElement>> panels(
      ImageViewerPlugin<DicomImageElement> c) {
    List<ViewCanvas<DicomImageElement>> panels = c.getImagePanels();
    return panels == null ? List.of() : panels;
  }

  private static Optional<DefaultView2d<DicomImageElement>> shareable(
      ViewCanvas<DicomImageElement> view) {
    if (view instanceof DefaultView2d<DicomImageElement> view2d
        && view.getImage() != null
        && view2d.getWidth() > 0
        && view2d.getHeight() > 0) {
      return Optional.of(view2d);
    }
    return Optional.empty();
  }
}
