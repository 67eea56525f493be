/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.AlphaComposite;
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
import java.awt.geom.Area;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.JComponent;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.review.RedactionPlan;
import org.radshare.plugin.Messages;

/**
 * The "before" image: the capture with every detected text region outlined and labelled (patient
 * data red, unknown text orange, benign text green), redacted parts darkened. A click toggles the
 * region under the pointer; a drag draws a redaction box, or the crop when crop mode is on. All
 * decisions are the {@link RedactionPlan}'s; this only paints it and forwards gestures.
 */
final class RegionCanvas extends JComponent {

  private static final long serialVersionUID = 1L;

  static final Color PHI = new Color(0xD32F2F);
  static final Color UNKNOWN = new Color(0xF57C00);
  static final Color BENIGN = new Color(0x388E3C);
  static final Color MANUAL = new Color(0x1976D2);
  private static final int CLICK_SLOP = 4;

  private final transient BufferedImage image;
  private transient RedactionPlan plan;
  private final transient Runnable changed;
  private boolean cropMode;
  private Point dragStart;
  private Point dragNow;

  RegionCanvas(BufferedImage image, Runnable changed) {
    this.image = image;
    this.changed = changed;
    setName("radshare.review.before");
    setPreferredSize(
        new Dimension(Math.min(640, image.getWidth()), Math.min(480, image.getHeight())));
    MouseAdapter mouse =
        new MouseAdapter() {
          @Override
          public void mousePressed(MouseEvent e) {
            dragStart = e.getPoint();
            dragNow = e.getPoint();
          }

          @Override
          public void mouseDragged(MouseEvent e) {
            dragNow = e.getPoint();
            repaint();
          }

          @Override
          public void mouseReleased(MouseEvent e) {
            finishGesture(e.getPoint());
          }
        };
    addMouseListener(mouse);
    addMouseMotionListener(mouse);
  }

  void setPlan(RedactionPlan plan) {
    this.plan = plan;
    repaint();
  }

  void setCropMode(boolean on) {
    cropMode = on;
  }

  /** The on-screen point (in this component) showing image pixel (x, y). */
  Point toView(int x, int y) {
    double s = scale();
    return new Point((int) Math.round(offsetX() + x * s), (int) Math.round(offsetY() + y * s));
  }

  private void finishGesture(Point end) {
    Point start = dragStart;
    dragStart = null;
    dragNow = null;
    if (plan == null || start == null) {
      repaint();
      return;
    }
    if (start.distance(end) <= CLICK_SLOP) {
      int[] p = toImage(end);
      int region = plan.regionAt(p[0], p[1]);
      if (region >= 0) {
        plan.toggle(region);
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

  private double scale() {
    return Math.min(
        getWidth() / (double) image.getWidth(), getHeight() / (double) image.getHeight());
  }

  private double offsetX() {
    return (getWidth() - image.getWidth() * scale()) / 2;
  }

  private double offsetY() {
    return (getHeight() - image.getHeight() * scale()) / 2;
  }

  @Override
  protected void paintComponent(Graphics g0) {
    Graphics2D g = (Graphics2D) g0.create();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setColor(Color.DARK_GRAY);
      g.fillRect(0, 0, getWidth(), getHeight());
      g.translate(offsetX(), offsetY());
      double s = scale();
      g.drawImage(
          image,
          0,
          0,
          (int) Math.round(image.getWidth() * s),
          (int) Math.round(image.getHeight() * s),
          null);
      if (plan != null) {
        paintPlan(g, s);
      }
    } finally {
      g.dispose();
    }
    paintRubberBand((Graphics2D) g0);
  }

  private void paintPlan(Graphics2D g, double s) {
    List<TextRegion> regions = plan.regions();
    for (int i = 0; i < regions.size(); i++) {
      TextRegion r = regions.get(i);
      Rectangle v = scaled(r.box(), s);
      if (plan.isRedacted(i)) {
        fill(g, v, 0.6f);
      }
      Color c = color(r.classification());
      g.setColor(c);
      g.setStroke(new BasicStroke(plan.isRedacted(i) ? 2f : 1f));
      g.draw(v);
      g.drawString(label(r.classification()), v.x, Math.max(10, v.y - 2));
    }
    for (Box b : plan.manualBoxes()) {
      Rectangle v = scaled(b, s);
      fill(g, v, 0.6f);
      g.setColor(MANUAL);
      g.draw(v);
    }
    plan.crop()
        .ifPresent(
            crop -> {
              Area outside =
                  new Area(
                      new Rectangle(
                          0,
                          0,
                          (int) Math.round(plan.width() * s),
                          (int) Math.round(plan.height() * s)));
              outside.subtract(new Area(scaled(crop, s)));
              g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
              g.setColor(Color.BLACK);
              g.fill(outside);
              g.setComposite(AlphaComposite.SrcOver);
            });
  }

  private void paintRubberBand(Graphics2D g) {
    if (dragStart == null || dragNow == null) {
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

  private static void fill(Graphics2D g, Rectangle v, float alpha) {
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
    g.setColor(Color.BLACK);
    g.fill(v);
    g.setComposite(AlphaComposite.SrcOver);
  }

  private static Rectangle scaled(Box b, double s) {
    return new Rectangle(
        (int) Math.round(b.x() * s),
        (int) Math.round(b.y() * s),
        (int) Math.round(b.width() * s),
        (int) Math.round(b.height() * s));
  }

  static Color color(RegionClass c) {
    return switch (c) {
      case PHI -> PHI;
      case UNKNOWN_TEXT -> UNKNOWN;
      case BENIGN -> BENIGN;
    };
  }

  private static String label(RegionClass c) {
    return Messages.getString("review.region." + c.name().toLowerCase(java.util.Locale.ROOT));
  }
}
