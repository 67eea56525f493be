/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic capture drawn with Java2D, remembering where each piece of text went so tests can
 * compare detections with the truth. Backgrounds imitate what scanners produce: smooth gradients,
 * noise, organ-like blobs, bone rings, ultrasound speckle.
 */
final class Scene {
  /** A piece of text drawn into the scene. */
  record Label(String text, Box box, Kind kind) {}

  enum Kind {
    PHI,
    BENIGN,
    OTHER
  }

  final BufferedImage image;
  final List<Label> labels = new ArrayList<>();
  private final Random random;

  Scene(int width, int height, long seed) {
    this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    this.random = new Random(seed);
  }

  Scene text(String text, int x, int baseline, int size, Color color, Kind kind) {
    return text(text, x, baseline, new Font(Font.SANS_SERIF, Font.PLAIN, size), color, kind);
  }

  Scene text(String text, int x, int baseline, Font font, Color color, Kind kind) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(font);
    g.setColor(color);
    g.drawString(text, x, baseline);
    FontMetrics fm = g.getFontMetrics();
    var bounds = font.createGlyphVector(fm.getFontRenderContext(), text).getVisualBounds();
    g.dispose();
    Box box =
        new Box(
            x + (int) Math.floor(bounds.getX()),
            baseline + (int) Math.floor(bounds.getY()),
            (int) Math.ceil(bounds.getWidth()) + 1,
            (int) Math.ceil(bounds.getHeight()) + 1);
    labels.add(new Label(text, box, kind));
    return this;
  }

  Scene fill(Color c) {
    Graphics2D g = image.createGraphics();
    g.setColor(c);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.dispose();
    return this;
  }

  Scene rect(int x, int y, int w, int h, Color c) {
    Graphics2D g = image.createGraphics();
    g.setColor(c);
    g.fillRect(x, y, w, h);
    g.dispose();
    return this;
  }

  /** A CT/MR-like body: elliptical soft tissue with organ blobs, a bone ring and noise. */
  Scene body(int cx, int cy, int rx, int ry, int tissue, double noise) {
    int w = image.getWidth();
    int h = image.getHeight();
    double[][] blobs = new double[7][];
    for (int i = 0; i < blobs.length; i++) {
      blobs[i] =
          new double[] {
            cx + (random.nextDouble() - 0.5) * rx,
            cy + (random.nextDouble() - 0.5) * ry,
            6 + random.nextDouble() * rx / 4,
            (random.nextDouble() - 0.4) * 90
          };
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double dx = (x - cx) / (double) rx;
        double dy = (y - cy) / (double) ry;
        double r = Math.sqrt(dx * dx + dy * dy);
        if (r > 1) {
          continue;
        }
        double v = tissue * (1 - 0.15 * r);
        if (r > 0.88 && r < 0.95) {
          v = 225;
        }
        for (double[] b : blobs) {
          double d2 = ((x - b[0]) * (x - b[0]) + (y - b[1]) * (y - b[1])) / (b[2] * b[2]);
          v += b[3] * Math.exp(-d2 * d2);
        }
        v += random.nextGaussian() * noise;
        int g = (int) Math.max(0, Math.min(255, v));
        image.setRGB(x, y, (g << 16) | (g << 8) | g);
      }
    }
    return this;
  }

  /** An ultrasound sector of speckle on black. */
  Scene sector(int apexX, int apexY, int radius) {
    for (int y = apexY; y < Math.min(image.getHeight(), apexY + radius); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        double dx = x - apexX;
        double dy = y - apexY;
        double r = Math.hypot(dx, dy);
        if (r > radius || r < 20 || Math.abs(Math.atan2(dx, dy)) > 0.7) {
          continue;
        }
        double v = 70 + 40 * Math.sin(r / 25) + Math.abs(random.nextGaussian()) * 45;
        int g = (int) Math.max(0, Math.min(255, v));
        image.setRGB(x, y, (g << 16) | (g << 8) | g);
      }
    }
    return this;
  }

  /** A radiograph: a vertical gradient with bright bone-like bars and noise. */
  Scene radiograph() {
    int w = image.getWidth();
    int h = image.getHeight();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double v = 40 + 80.0 * y / h;
        double bone = Math.abs(x - w / 2.0 - 30 * Math.sin(y / 60.0));
        if (bone < 40) {
          v += 120 * (1 - bone / 40);
        }
        v += random.nextGaussian() * 6;
        int g = (int) Math.max(0, Math.min(255, v));
        image.setRGB(x, y, (g << 16) | (g << 8) | g);
      }
    }
    return this;
  }

  List<Label> of(Kind kind) {
    return labels.stream().filter(l -> l.kind() == kind).toList();
  }
}
