/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Random;

/**
 * Synthetic anatomy without any text, for measuring what the pixel check fills where there is
 * nothing to find: CT-like bodies with organs, bone and grain; MR-like heads with dark ventricles
 * and folded cortex; ultrasound sectors of speckle with cysts; radiographs with ribs, spine and
 * vessels. Every call draws a new random variant (size, position, contrast, blur, noise) from its
 * seed, so a benchmark sees shapes no one tuned against.
 */
final class Phantoms {

  /** The kinds of image drawn. */
  enum Kind {
    CT,
    MR,
    US,
    XRAY
  }

  private Phantoms() {}

  /** A grey (RGB-stored) phantom of {@code kind}, {@code w}×{@code h}. */
  static BufferedImage draw(Kind kind, int w, int h, Random r) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double contrast = 0.5 + r.nextDouble();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, w, h);
    switch (kind) {
      case CT -> ct(g, w, h, r, contrast);
      case MR -> mr(g, w, h, r, contrast);
      case US -> us(g, w, h, r, contrast);
      case XRAY -> xray(g, w, h, r, contrast);
    }
    g.dispose();
    BufferedImage blurred = blur(img, 1 + r.nextInt(kind == Kind.XRAY ? 4 : 3));
    noise(blurred, kind == Kind.US ? 4 : 2 + r.nextInt(10), r);
    return blurred;
  }

  private static Color grey(double v, double contrast) {
    int c = (int) Math.round(Math.max(0, Math.min(255, 128 + (v - 128) * contrast)));
    return new Color(c, c, c);
  }

  /** A body outline: its centre jittered about the image centre, its radii drawn in a range. */
  private record Outline(double cx, double cy, double rx, double ry) {
    static Outline of(int w, int h, Random r, double jitter, double[] rxRange, double[] ryRange) {
      return new Outline(
          w / 2.0 + r.nextGaussian() * jitter,
          h / 2.0 + r.nextGaussian() * jitter,
          w * (rxRange[0] + rxRange[1] * r.nextDouble()),
          h * (ryRange[0] + ryRange[1] * r.nextDouble()));
    }
  }

  private static void ct(Graphics2D g, int w, int h, Random r, double k) {
    Outline o = Outline.of(w, h, r, 10, new double[] {0.32, 0.1}, new double[] {0.26, 0.08});
    double cx = o.cx();
    double cy = o.cy();
    double rx = o.rx();
    double ry = o.ry();
    g.setColor(grey(95 + r.nextInt(30), k));
    g.fill(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
    // Organs: soft blobs of slightly different density.
    for (int i = 0; i < 4 + r.nextInt(5); i++) {
      g.setColor(grey(80 + r.nextInt(70), k));
      double ox = cx + (r.nextDouble() - 0.5) * rx * 1.2;
      double oy = cy + (r.nextDouble() - 0.5) * ry * 1.2;
      double s = 15 + r.nextDouble() * rx * 0.4;
      g.fill(blob(ox, oy, s, s * (0.5 + r.nextDouble()), r));
    }
    // Vertebra and ribs: bright rings and arcs; vessels: small bright dots.
    g.setColor(grey(220, k));
    g.setStroke(new BasicStroke(3 + r.nextInt(4)));
    g.draw(new Ellipse2D.Double(cx - 18, cy + ry * 0.55, 36, 30));
    for (int i = 0; i < 6; i++) {
      double a = 200 + i * 25 + r.nextInt(10);
      g.draw(new Arc2D.Double(cx - rx * 0.95, cy - ry * 0.95, rx * 1.9, ry * 1.9, a, 8, 0));
      g.draw(new Arc2D.Double(cx - rx * 0.95, cy - ry * 0.95, rx * 1.9, ry * 1.9, a - 180, 8, 0));
    }
    for (int i = 0; i < 6 + r.nextInt(10); i++) {
      g.setColor(grey(170 + r.nextInt(60), k));
      double d = 3 + r.nextDouble() * 8;
      g.fill(
          new Ellipse2D.Double(
              cx + (r.nextDouble() - 0.5) * rx, cy + (r.nextDouble() - 0.5) * ry, d, d));
    }
  }

  private static void mr(Graphics2D g, int w, int h, Random r, double k) {
    Outline o = Outline.of(w, h, r, 8, new double[] {0.28, 0.08}, new double[] {0.34, 0.06});
    double cx = o.cx();
    double cy = o.cy();
    double rx = o.rx();
    double ry = o.ry();
    g.setColor(grey(200, k));
    g.fill(new Ellipse2D.Double(cx - rx - 8, cy - ry - 8, 2 * rx + 16, 2 * ry + 16));
    g.setColor(grey(40, k));
    g.fill(new Ellipse2D.Double(cx - rx - 3, cy - ry - 3, 2 * rx + 6, 2 * ry + 6));
    g.setColor(grey(130 + r.nextInt(30), k));
    g.fill(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
    // Cortex folds: darker wiggly strokes near the edge.
    g.setStroke(new BasicStroke(1.5f + r.nextFloat() * 2));
    for (int i = 0; i < 40; i++) {
      double a = r.nextDouble() * 2 * Math.PI;
      double x0 = cx + Math.cos(a) * rx * 0.85;
      double y0 = cy + Math.sin(a) * ry * 0.85;
      g.setColor(grey(90 + r.nextInt(30), k));
      Path2D p = new Path2D.Double();
      p.moveTo(x0, y0);
      p.quadTo(
          x0 - Math.cos(a) * 12 + r.nextGaussian() * 5,
          y0 - Math.sin(a) * 12 + r.nextGaussian() * 5,
          x0 - Math.cos(a) * 20,
          y0 - Math.sin(a) * 20);
      g.draw(p);
    }
    // Lateral ventricles: two dark crescents (butterfly), sometimes with the third ventricle.
    g.setColor(grey(20 + r.nextInt(40), k));
    double vw = 10 + r.nextDouble() * 14;
    double vh = 18 + r.nextDouble() * 22;
    double gap = 3 + r.nextDouble() * 6;
    for (int side = -1; side <= 1; side += 2) {
      AffineTransform t = new AffineTransform();
      t.translate(cx + side * (gap + vw / 2), cy - vh * 0.6);
      t.rotate(side * (0.2 + r.nextDouble() * 0.3));
      g.fill(t.createTransformedShape(blob(0, 0, vw / 2, vh / 2, r)));
      AffineTransform back = new AffineTransform();
      back.translate(cx + side * (gap + vw * 0.8), cy + vh * 0.6);
      back.rotate(-side * 0.4);
      g.fill(back.createTransformedShape(blob(0, 0, vw / 3, vh / 3, r)));
    }
    if (r.nextBoolean()) {
      g.fill(new Ellipse2D.Double(cx - 2, cy - 6, 4, 14));
    }
  }

  private static void us(Graphics2D g, int w, int h, Random r, double k) {
    double apexX = w / 2.0;
    double apexY = h * 0.1;
    double radius = h * 0.85;
    double spread = 30 + r.nextInt(25);
    Arc2D fan =
        new Arc2D.Double(
            apexX - radius,
            apexY - radius,
            2 * radius,
            2 * radius,
            270 - spread,
            2 * spread,
            Arc2D.PIE);
    g.setClip(fan);
    // Speckle: many small bright grains of random size over a tissue-grey field.
    g.setColor(grey(70, k));
    g.fill(fan);
    for (int i = 0; i < w * h / 12; i++) {
      int v = 40 + r.nextInt(160);
      g.setColor(grey(v, k));
      double x = r.nextDouble() * w;
      double y = r.nextDouble() * h;
      g.fill(new Ellipse2D.Double(x, y, 1 + r.nextDouble() * 4, 1 + r.nextDouble() * 2));
    }
    // Cysts and vessels: dark round and tubular regions with bright back walls.
    for (int i = 0; i < 1 + r.nextInt(4); i++) {
      double x = apexX + (r.nextDouble() - 0.5) * radius;
      double y = apexY + radius * (0.3 + 0.6 * r.nextDouble());
      double s = 8 + r.nextDouble() * 30;
      g.setColor(grey(10, k));
      g.fill(blob(x, y, s, s * (0.3 + r.nextDouble()), r));
    }
    g.setClip(null);
  }

  private static void xray(Graphics2D g, int w, int h, Random r, double k) {
    g.setColor(grey(35 + r.nextInt(30), k));
    g.fillRect(0, 0, w, h);
    double cx = w / 2.0 + r.nextGaussian() * 10;
    g.setColor(grey(150, k));
    g.fill(new Ellipse2D.Double(cx - w * 0.42, h * 0.05, w * 0.84, h * 0.95));
    // Lungs: two dark lobes.
    g.setColor(grey(60 + r.nextInt(30), k));
    for (int side = -1; side <= 1; side += 2) {
      g.fill(blob(cx + side * w * 0.17, h * 0.48, w * 0.14, h * 0.3, r));
    }
    // Spine, ribs and clavicles: bright curved bands; vessels: faint branching lines.
    g.setColor(grey(190, k));
    g.fillRect((int) (cx - w * 0.03), (int) (h * 0.1), (int) (w * 0.06), (int) (h * 0.85));
    g.setStroke(new BasicStroke(3 + r.nextInt(5)));
    for (int i = 0; i < 9; i++) {
      double y = h * (0.22 + i * 0.065);
      for (int side = -1; side <= 1; side += 2) {
        g.draw(
            new Arc2D.Double(
                cx + (side < 0 ? -w * 0.34 : 0),
                y - h * 0.04,
                w * 0.34,
                h * 0.1,
                side < 0 ? 20 : 0,
                140 + r.nextInt(20),
                Arc2D.OPEN));
      }
    }
    g.setStroke(new BasicStroke(1 + r.nextFloat() * 2));
    for (int i = 0; i < 30; i++) {
      g.setColor(grey(100 + r.nextInt(40), k));
      double x0 = cx + (r.nextBoolean() ? -1 : 1) * w * 0.05;
      double y0 = h * 0.4;
      double a = r.nextDouble() * Math.PI;
      double len = 20 + r.nextDouble() * w * 0.2;
      g.draw(
          new java.awt.geom.Line2D.Double(
              x0, y0, x0 + Math.cos(a) * len * (x0 < cx ? -1 : 1), y0 + Math.sin(a) * len));
    }
  }

  /** An irregular closed blob around (x, y) with radii rx, ry. */
  private static Path2D blob(double x, double y, double rx, double ry, Random r) {
    Path2D p = new Path2D.Double();
    int n = 10;
    for (int i = 0; i <= n; i++) {
      double a = 2 * Math.PI * i / n;
      double f = 0.8 + 0.4 * r.nextDouble();
      double px = x + Math.cos(a) * rx * f;
      double py = y + Math.sin(a) * ry * f;
      if (i == 0) {
        p.moveTo(px, py);
      } else {
        p.lineTo(px, py);
      }
    }
    p.closePath();
    return p;
  }

  private static BufferedImage blur(BufferedImage img, int radius) {
    int size = 2 * radius + 1;
    float[] k = new float[size * size];
    java.util.Arrays.fill(k, 1f / k.length);
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), img.getType());
    new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(img, out);
    return out;
  }

  private static void noise(BufferedImage img, int sigma, Random r) {
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int v = img.getRGB(x, y) & 255;
        int n = (int) Math.round(Math.max(0, Math.min(255, v + r.nextGaussian() * sigma)));
        img.setRGB(x, y, (n << 16) | (n << 8) | n);
      }
    }
  }
}
