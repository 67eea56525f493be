/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.render;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * An RGB image that records every string drawn on it. The truth box of a string is measured by
 * rendering that string alone, with the same font, hints and transform, into a blank mask and
 * taking the bounds of the lit pixels, so it is the tight box of the glyphs, not font metrics.
 */
public final class Canvas {

  private final BufferedImage image;
  private final BufferedImage mask;
  private final List<Region> regions = new ArrayList<>();

  public Canvas(BufferedImage image) {
    this.image = image;
    this.mask =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
  }

  public BufferedImage image() {
    return image;
  }

  public int width() {
    return image.getWidth();
  }

  public int height() {
    return image.getHeight();
  }

  public List<Region> regions() {
    return List.copyOf(regions);
  }

  /** Width in pixels that {@code text} advances in {@code ink}, for layout only. */
  public int advance(String text, Ink ink) {
    Graphics2D g = graphics(image, ink, null);
    try {
      return g.getFontMetrics().stringWidth(text);
    } finally {
      g.dispose();
    }
  }

  /** Ascent plus descent of {@code ink}'s font, for line spacing. */
  public int lineHeight(Ink ink) {
    Graphics2D g = graphics(image, ink, null);
    try {
      FontMetrics fm = g.getFontMetrics();
      return fm.getAscent() + fm.getDescent();
    } finally {
      g.dispose();
    }
  }

  /** Ascent of {@code ink}'s font. */
  public int ascent(Ink ink) {
    Graphics2D g = graphics(image, ink, null);
    try {
      return g.getFontMetrics().getAscent();
    } finally {
      g.dispose();
    }
  }

  /** Draws identifying text taken from header attribute {@code category}. */
  public Region phi(String text, String category, Ink ink, int x, int baseline) {
    return draw(text, true, category, ink, x, baseline, null);
  }

  /** Draws benign text (orientation letters, W/L, counters, scale labels). */
  public Region benign(String text, Ink ink, int x, int baseline) {
    return draw(text, false, null, ink, x, baseline, null);
  }

  /** Draws {@code text} turned 90° counter-clockwise, reading bottom to top, from (x, y). */
  public Region vertical(String text, boolean phi, String category, Ink ink, int x, int y) {
    AffineTransform t = AffineTransform.getTranslateInstance(x, y);
    t.rotate(-Math.PI / 2);
    return draw(text, phi, category, ink, 0, 0, t);
  }

  /** Draws text and records it with an explicit PHI flag and category (null when none). */
  public Region draw(
      String text,
      boolean phi,
      String category,
      Ink ink,
      int x,
      int baseline,
      AffineTransform transform) {
    Graphics2D g = graphics(image, ink, transform);
    g.setColor(ink.color());
    g.drawString(text, x, baseline);
    g.dispose();
    Region r = measure(text, phi, category, ink, x, baseline, transform);
    regions.add(r);
    return r;
  }

  private Region measure(
      String text,
      boolean phi,
      String category,
      Ink ink,
      int x,
      int baseline,
      AffineTransform transform) {
    Graphics2D m = mask.createGraphics();
    m.setColor(Color.BLACK);
    m.fillRect(0, 0, mask.getWidth(), mask.getHeight());
    m.dispose();
    Graphics2D g = graphics(mask, ink, transform);
    g.setColor(Color.WHITE);
    g.drawString(text, x, baseline);
    g.dispose();
    byte[] px = ((java.awt.image.DataBufferByte) mask.getRaster().getDataBuffer()).getData();
    int w = mask.getWidth();
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int i = 0; i < px.length; i++) {
      if (px[i] != 0) {
        int px0 = i % w;
        int py0 = i / w;
        minX = Math.min(minX, px0);
        maxX = Math.max(maxX, px0);
        minY = Math.min(minY, py0);
        maxY = Math.max(maxY, py0);
      }
    }
    if (maxX < 0) {
      throw new IllegalStateException("text left no pixels inside the image: " + text);
    }
    return new Region(minX, minY, maxX - minX + 1, maxY - minY + 1, text, phi, category);
  }

  private static Graphics2D graphics(BufferedImage img, Ink ink, AffineTransform transform) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING,
        ink.antialias()
            ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON
            : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setFont(ink.font());
    if (transform != null) {
      g.transform(transform);
    }
    return g;
  }
}
