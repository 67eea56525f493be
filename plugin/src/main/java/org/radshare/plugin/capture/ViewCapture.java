/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import javax.swing.SwingUtilities;
import org.radshare.plugin.Messages;
import org.weasis.core.ui.editor.image.DefaultView2d;
import org.weasis.core.ui.editor.image.ViewTransferHandler;
import org.weasis.core.ui.model.layer.LayerAnnotation;

/**
 * Renders a view exactly as the radiologist sees it (window/level, zoom, pan) but with the whole
 * information layer hidden: Weasis's own "anonymize" hides only a handful of tags and leaves dates,
 * orientation and other corner text. The radiologist's measurements and arrows are kept only on
 * request; their labels are then scanned like any other burned-in text.
 *
 * <p>The view's state is changed only for the duration of the render and always restored, even when
 * rendering fails. Runs on the event dispatch thread, like every Swing paint.
 */
public final class ViewCapture {

  /** Weasis's action key for the drawings (measurements, arrows, GSPS text) of a view. */
  static final String DRAWINGS = "drawings";

  private ViewCapture() {}

  /**
   * The view as displayed, without the information layer, as a new RGB image owned by the caller.
   *
   * @param keepDrawings keep the radiologist's own annotations (if they are shown at all)
   * @throws CaptureException when the view is not showing or cannot be rendered
   */
  public static BufferedImage render(DefaultView2d<?> view, boolean keepDrawings)
      throws CaptureException {
    if (!SwingUtilities.isEventDispatchThread()) {
      throw new IllegalStateException("views are rendered on the event dispatch thread");
    }
    if (view.getWidth() <= 0 || view.getHeight() <= 0) {
      throw new CaptureException(Messages.getString("capture.notShowing"));
    }
    @SuppressWarnings("rawtypes")
    LayerAnnotation info = view.getInfoLayer();
    Boolean infoVisible = info == null ? null : info.getVisible();
    Object drawings = view.getActionValue(DRAWINGS);
    try {
      if (info != null) {
        info.setVisible(Boolean.FALSE);
      }
      // A view whose drawings the radiologist hid stays without them.
      view.setActionsInView(DRAWINGS, keepDrawings && !Boolean.FALSE.equals(drawings));
      RenderedImage rendered = ViewTransferHandler.createComponentImage(view, true);
      if (rendered == null) {
        throw new CaptureException(Messages.getString("capture.failed"));
      }
      return toRgb(rendered);
    } catch (RuntimeException e) {
      throw new CaptureException(Messages.getString("capture.failed"), e);
    } finally {
      view.setActionsInView(DRAWINGS, drawings);
      if (info != null) {
        info.setVisible(infoVisible);
      }
    }
  }

  private static BufferedImage toRgb(RenderedImage source) {
    BufferedImage rgb =
        new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.drawRenderedImage(source, new java.awt.geom.AffineTransform());
    } finally {
      g.dispose();
    }
    return rgb;
  }
}
