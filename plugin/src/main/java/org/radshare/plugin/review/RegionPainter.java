/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Area;
import java.util.ArrayList;
import java.util.List;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.review.RedactionPlan;

/**
 * Paints a {@link RedactionPlan} over its capture for {@link RegionCanvas}: region outlines in
 * their class colour, redactions and manual boxes darkened, numbered markers placed by {@link
 * MarkerPlacement}, and everything outside the crop dimmed. Kept apart from the canvas so the
 * canvas holds only zoom, pan and gestures.
 */
final class RegionPainter {

  private static final int MARKER = 18;

  private RegionPainter() {}

  /**
   * Paints the plan at scale {@code s} with the image's top-left at ({@code ox}, {@code oy}) and
   * returns the markers' bounds, one per region in order.
   */
  static List<Rectangle> paint(
      Graphics2D g,
      RedactionPlan plan,
      double s,
      double ox,
      double oy,
      int highlighted,
      Rectangle view,
      Font font) {
    List<TextRegion> regions = plan.regions();
    List<Rectangle> boxes = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      TextRegion r = regions.get(i);
      Rectangle v = scaled(r.box(), s, ox, oy);
      boxes.add(v);
      if (plan.isRedacted(i)) {
        fill(g, v, 0.6f);
      }
      g.setColor(RegionCanvas.color(r.classification()));
      g.setStroke(new BasicStroke(i == highlighted ? 3f : plan.isRedacted(i) ? 2f : 1f));
      g.draw(v);
    }
    for (Box b : plan.manualBoxes()) {
      Rectangle v = scaled(b, s, ox, oy);
      fill(g, v, 0.6f);
      g.setColor(RegionCanvas.MANUAL);
      g.draw(v);
    }
    List<Rectangle> markers = MarkerPlacement.place(boxes, MARKER, view);
    g.setFont(font.deriveFont(Font.BOLD, 11f));
    for (int i = 0; i < markers.size(); i++) {
      paintMarker(
          g,
          markers.get(i),
          i + 1,
          RegionCanvas.color(regions.get(i).classification()),
          boxes.get(i));
    }
    plan.crop()
        .ifPresent(
            crop -> {
              Area outside =
                  new Area(
                      new Rectangle(
                          (int) Math.round(ox),
                          (int) Math.round(oy),
                          (int) Math.round(plan.width() * s),
                          (int) Math.round(plan.height() * s)));
              outside.subtract(new Area(scaled(crop, s, ox, oy)));
              g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
              g.setColor(Color.BLACK);
              g.fill(outside);
              g.setComposite(AlphaComposite.SrcOver);
            });
    return markers;
  }

  private static void paintMarker(Graphics2D g, Rectangle m, int number, Color c, Rectangle box) {
    if (!m.intersects(box)) { // a leader line from a marker set apart to its region
      g.setStroke(new BasicStroke(1f));
      g.setColor(c);
      g.drawLine((int) m.getCenterX(), (int) m.getCenterY(), box.x, box.y);
    }
    g.setColor(c);
    g.fillOval(m.x, m.y, m.width, m.height);
    g.setColor(Color.WHITE);
    g.drawOval(m.x, m.y, m.width - 1, m.height - 1);
    String text = String.valueOf(number);
    var fm = g.getFontMetrics();
    g.drawString(
        text,
        m.x + (m.width - fm.stringWidth(text)) / 2,
        m.y + (m.height - fm.getHeight()) / 2 + fm.getAscent());
  }

  private static void fill(Graphics2D g, Rectangle v, float alpha) {
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
    g.setColor(Color.BLACK);
    g.fill(v);
    g.setComposite(AlphaComposite.SrcOver);
  }

  private static Rectangle scaled(Box b, double s, double ox, double oy) {
    return new Rectangle(
        (int) Math.round(ox + b.x() * s),
        (int) Math.round(oy + b.y() * s),
        (int) Math.round(b.width() * s),
        (int) Math.round(b.height() * s));
  }
}
