/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.ToolTipManager;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.review.RedactionPlan;
import org.radshare.plugin.Messages;

/**
 * The capture with every detected text region outlined (patient data red, unreadable text orange,
 * harmless text green) and numbered with a marker that never covers another marker; the numbers
 * match the region list beside the image. Zooms (fit, any factor, the wheel around the pointer) and
 * pans (right or Shift drag); hovering a region or marker says why it was flagged. A click toggles
 * the region under the pointer; a drag draws a black box, or the crop in crop mode. "Show as
 * posted" paints the image exactly as it will be posted instead. All decisions are the {@link
 * RedactionPlan}'s; this only paints it and forwards gestures.
 */
final class RegionCanvas extends JComponent {

  private static final long serialVersionUID = 1L;

  static final Color PHI = new Color(0xD32F2F);
  static final Color UNKNOWN = new Color(0xF57C00);
  static final Color BENIGN = new Color(0x388E3C);
  static final Color MANUAL = new Color(0x1976D2);
  private static final int CLICK_SLOP = 4;
  static final double MIN_ZOOM = 0.05;
  static final double MAX_ZOOM = 16;

  private final transient BufferedImage image;
  private transient BufferedImage posted;
  private transient RedactionPlan plan;
  private final transient Runnable changed;
  private boolean cropMode;
  private boolean showPosted;
  private double zoom; // 0: fit
  private double panX;
  private double panY;
  private int highlighted = -1;
  private Point dragStart;
  private Point dragNow;
  private boolean panning;
  private final transient List<Rectangle> markers = new ArrayList<>();

  RegionCanvas(BufferedImage image, Runnable changed) {
    this.image = image;
    this.changed = changed;
    setName("radshare.review.before");
    getAccessibleContext().setAccessibleName(Messages.getString("review.before"));
    setPreferredSize(
        new Dimension(Math.min(640, image.getWidth()), Math.min(480, image.getHeight())));
    setMinimumSize(new Dimension(200, 160));
    ToolTipManager.sharedInstance().registerComponent(this);
    MouseAdapter mouse = new Gestures();
    addMouseListener(mouse);
    addMouseMotionListener(mouse);
    addMouseWheelListener(mouse);
  }

  @Override
  public javax.accessibility.AccessibleContext getAccessibleContext() {
    if (accessibleContext == null) {
      accessibleContext =
          new AccessibleJComponent() {
            private static final long serialVersionUID = 1L;

            @Override
            public javax.accessibility.AccessibleRole getAccessibleRole() {
              return javax.accessibility.AccessibleRole.CANVAS;
            }
          };
    }
    return accessibleContext;
  }

  void setPlan(RedactionPlan plan) {
    this.plan = plan;
    repaint();
  }

  void setCropMode(boolean on) {
    cropMode = on;
  }

  /** The image as it will be posted (null while it is being made). */
  void setPosted(BufferedImage image) {
    posted = image;
    repaint();
  }

  /** Paints the image exactly as posted, without markers, instead of the capture. */
  void setShowPosted(boolean on) {
    showPosted = on;
    repaint();
  }

  boolean showsPosted() {
    return showPosted && posted != null;
  }

  /** Outlines region {@code index} more strongly (-1: none), as the list's focus moves. */
  void highlight(int index) {
    highlighted = index;
    repaint();
  }

  /** Fits the whole image in the view. */
  void zoomToFit() {
    zoom = 0;
    repaint();
  }

  /** Shows the image at {@code factor} (1: one image pixel per screen pixel), centred. */
  void zoomTo(double factor) {
    zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor));
    panX = 0;
    panY = 0;
    clampPan();
    repaint();
  }

  /** The current scale: screen pixels per image pixel. */
  double scale() {
    BufferedImage shown = shown();
    double fit =
        Math.min(
            Math.max(1, getWidth()) / (double) shown.getWidth(),
            Math.max(1, getHeight()) / (double) shown.getHeight());
    return zoom == 0 ? fit : zoom;
  }

  /** The on-screen point (in this component) showing image pixel (x, y). */
  Point toView(int x, int y) {
    double s = scale();
    return new Point((int) Math.round(offsetX() + x * s), (int) Math.round(offsetY() + y * s));
  }

  /** The markers' bounds as last painted, in this component; index = region number - 1. */
  List<Rectangle> markerBounds() {
    return List.copyOf(markers);
  }

  @Override
  public String getToolTipText(MouseEvent e) {
    if (plan == null || showsPosted()) {
      return null;
    }
    int region = regionOrMarkerAt(e.getPoint());
    return region < 0 ? null : tooltip(plan, region);
  }

  static String tooltip(RedactionPlan plan, int region) {
    return Messages.format(
        "review.regions.tooltip",
        region + 1,
        Reasons.why(plan.regions().get(region)),
        Messages.getString(
            plan.isRedacted(region) ? "review.regions.redacted" : "review.regions.kept"));
  }

  private int regionOrMarkerAt(Point p) {
    for (int i = 0; i < markers.size(); i++) {
      if (markers.get(i).contains(p)) {
        return i;
      }
    }
    int[] q = toImage(p);
    return plan.regionAt(q[0], q[1]);
  }

  private BufferedImage shown() {
    return showsPosted() ? posted : image;
  }

  private void finishGesture(Point end) {
    Point start = dragStart;
    dragStart = null;
    dragNow = null;
    if (plan == null || start == null || showsPosted() || !isEnabled()) {
      repaint();
      return;
    }
    if (start.distance(end) <= CLICK_SLOP) {
      int region = regionOrMarkerAt(end);
      if (region >= 0) {
        plan.toggle(region);
      } else {
        repaint();
        return;
      }
    } else {
      int[] a = toImage(start);
      int[] b = toImage(end);
      Box box =
          new Box(
              Math.min(a[0], b[0]),
              Math.min(a[1], b[1]),
              Math.abs(a[0] - b[0]),
              Math.abs(a[1] - b[1]));
      if (cropMode) {
        if (box.area() > 0 && box.intersects(new Box(0, 0, plan.width(), plan.height()))) {
          plan.setCrop(box);
        }
      } else {
        plan.addManualBox(box);
      }
    }
    repaint();
    changed.run();
  }

  private int[] toImage(Point p) {
    double s = scale();
    return new int[] {
      (int) Math.floor((p.x - offsetX()) / s), (int) Math.floor((p.y - offsetY()) / s)
    };
  }

  private double offsetX() {
    double w = shown().getWidth() * scale();
    return w <= getWidth() ? (getWidth() - w) / 2 : panX;
  }

  private double offsetY() {
    double h = shown().getHeight() * scale();
    return h <= getHeight() ? (getHeight() - h) / 2 : panY;
  }

  private void clampPan() {
    double s = scale();
    double w = shown().getWidth() * s;
    double h = shown().getHeight() * s;
    if (panX == 0 && panY == 0) { // centre a fresh zoom
      panX = (getWidth() - w) / 2;
      panY = (getHeight() - h) / 2;
    }
    panX = Math.min(0, Math.max(getWidth() - w, panX));
    panY = Math.min(0, Math.max(getHeight() - h, panY));
  }

  private void zoomAround(Point p, double factor) {
    double s = scale();
    double ix = (p.x - offsetX()) / s;
    double iy = (p.y - offsetY()) / s;
    zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, s * factor));
    panX = p.x - ix * zoom;
    panY = p.y - iy * zoom;
    clampPan();
    repaint();
  }

  @Override
  protected void paintComponent(Graphics g0) {
    Graphics2D g = (Graphics2D) g0.create();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION,
          scale() >= 2
              ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
              : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.DARK_GRAY);
      g.fillRect(0, 0, getWidth(), getHeight());
      BufferedImage shown = shown();
      double s = scale();
      double ox = offsetX();
      double oy = offsetY();
      g.drawImage(
          shown,
          (int) Math.round(ox),
          (int) Math.round(oy),
          (int) Math.round(shown.getWidth() * s),
          (int) Math.round(shown.getHeight() * s),
          null);
      markers.clear();
      if (plan != null && !showsPosted()) {
        markers.addAll(
            RegionPainter.paint(
                g,
                plan,
                s,
                ox,
                oy,
                highlighted,
                new Rectangle(0, 0, getWidth(), getHeight()),
                getFont()));
      }
    } finally {
      g.dispose();
    }
    paintRubberBand((Graphics2D) g0);
  }

  private void paintRubberBand(Graphics2D g) {
    if (dragStart == null || dragNow == null || panning) {
      return;
    }
    g.setColor(cropMode ? Color.WHITE : MANUAL);
    g.setStroke(
        new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4, 4}, 0));
    g.drawRect(
        Math.min(dragStart.x, dragNow.x),
        Math.min(dragStart.y, dragNow.y),
        Math.abs(dragStart.x - dragNow.x),
        Math.abs(dragStart.y - dragNow.y));
  }

  static Color color(RegionClass c) {
    return switch (c) {
      case PHI -> PHI;
      case UNKNOWN_TEXT -> UNKNOWN;
      case BENIGN -> BENIGN;
    };
  }

  /** Click, drag a box, pan (right or Shift drag) and zoom (wheel). */
  private final class Gestures extends MouseAdapter {
    private double panStartX;
    private double panStartY;

    @Override
    public void mousePressed(MouseEvent e) {
      requestFocusInWindow();
      dragStart = e.getPoint();
      dragNow = e.getPoint();
      panning =
          SwingUtilities.isRightMouseButton(e)
              || SwingUtilities.isMiddleMouseButton(e)
              || e.isShiftDown();
      panStartX = offsetX();
      panStartY = offsetY();
    }

    @Override
    public void mouseDragged(MouseEvent e) {
      dragNow = e.getPoint();
      if (panning && dragStart != null) {
        if (zoom == 0) {
          zoom = scale();
        }
        panX = panStartX + dragNow.x - dragStart.x;
        panY = panStartY + dragNow.y - dragStart.y;
        clampPan();
      }
      repaint();
    }

    @Override
    public void mouseReleased(MouseEvent e) {
      if (panning) {
        panning = false;
        dragStart = null;
        dragNow = null;
        repaint();
        return;
      }
      finishGesture(e.getPoint());
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
      zoomAround(e.getPoint(), Math.pow(1.25, -e.getPreciseWheelRotation()));
    }
  }
}
