/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonException;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.pixel.Box;

/**
 * A seeded generator of captures that carry nothing identifying in their pixels: phantoms of every
 * modality ({@link Phantoms}) with no text at all, or with only the overlay text scanners and
 * viewers print (window/level, counters, technique, sequence and position words, scale bars,
 * orientation letters), in random fonts, sizes, colours and places. Their headers name an invented
 * patient and raise no risk flag other than the one ultrasound always raises. Generated at run
 * time, so no image is committed and each seed is a fresh set.
 */
public final class NegativeCaptures {

  /**
   * One generated capture.
   *
   * @param kind {@code ct}, {@code mr}, {@code us} or {@code xray}
   * @param text the boxes of every string drawn (empty for a text-free capture)
   */
  public record Capture(
      String id, String kind, BufferedImage image, Dataset header, List<Box> text) {
    public Capture {
      text = List.copyOf(text);
    }
  }

  private static final String[] FONTS = {
    Font.SANS_SERIF, Font.MONOSPACED, Font.DIALOG, Font.SERIF, "DejaVu Sans Mono"
  };
  private static final Color[] INKS = {
    Color.WHITE,
    new Color(200, 200, 200),
    new Color(255, 230, 60),
    new Color(90, 230, 110),
    new Color(90, 220, 235),
    new Color(150, 150, 150)
  };

  private NegativeCaptures() {}

  /** {@code count} captures from {@code seed}: a third text-free, the rest benign-only. */
  public static List<Capture> generate(long seed, int count) {
    List<Capture> out = new ArrayList<>();
    Phantoms.Kind[] kinds = Phantoms.Kind.values();
    for (int i = 0; i < count; i++) {
      Random r = new Random(seed * 7919 + i);
      Phantoms.Kind kind = kinds[i % kinds.length];
      int w = kind == Phantoms.Kind.US ? 640 + r.nextInt(3) * 80 : 384 + r.nextInt(5) * 64;
      int h = kind == Phantoms.Kind.US ? 480 + r.nextInt(2) * 60 : w;
      BufferedImage image = Phantoms.draw(kind, w, h, r);
      List<Box> text = i % 3 == 0 ? List.of() : overlay(image, kind, r);
      out.add(
          new Capture(
              String.format(Locale.ROOT, "gen-%03d", i),
              kind.name().toLowerCase(Locale.ROOT),
              image,
              header(kind, r),
              text));
    }
    return out;
  }

  private static List<Box> overlay(BufferedImage image, Phantoms.Kind kind, Random r) {
    Graphics2D g = image.createGraphics();
    boolean smooth = r.nextInt(4) != 0;
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING,
        smooth ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    int size = 10 + r.nextInt(9);
    g.setFont(new Font(FONTS[r.nextInt(FONTS.length)], r.nextInt(4) == 0 ? Font.BOLD : 0, size));
    g.setColor(INKS[r.nextInt(INKS.length)]);
    List<Box> boxes = new ArrayList<>();
    int w = image.getWidth();
    int h = image.getHeight();
    int step = size + 4 + r.nextInt(4);
    List<String> left = OverlayLines.corner(kind, r);
    List<String> right = OverlayLines.corner(kind, r);
    int y = 6 + size;
    for (String s : left) {
      boxes.add(draw(g, s, 6 + r.nextInt(4), y));
      y += step;
    }
    y = h - 8 - step * (right.size() - 1);
    for (String s : right) {
      int width = (int) g.getFontMetrics().getStringBounds(s, g).getWidth();
      boxes.add(draw(g, s, w - width - 8 - r.nextInt(4), y));
      y += step;
    }
    if (kind != Phantoms.Kind.US && r.nextBoolean()) {
      // Orientation letters at the middle of the edges.
      boxes.add(draw(g, "A", w / 2 - 4, size + 24));
      boxes.add(draw(g, "P", w / 2 - 4, h - 30));
      boxes.add(draw(g, "R", 8, h / 2));
      boxes.add(draw(g, "L", w - 8 - size, h / 2));
    }
    if (r.nextBoolean()) {
      // A scale bar with its label.
      int bar = 40 + r.nextInt(60);
      int bx = w - bar - 30;
      int by = h / 2 + 60;
      g.fillRect(bx, by, bar, 2);
      for (int t = 0; t <= 5; t++) {
        g.fillRect(bx + t * bar / 5, by - 4, 1, 4);
      }
      boxes.add(new Box(bx - 1, by - 5, bar + 2, 8));
      boxes.add(draw(g, (1 + r.nextInt(10)) + (r.nextBoolean() ? " cm" : "0 mm"), bx, by + 16));
    }
    g.dispose();
    return boxes;
  }

  private static Box draw(Graphics2D g, String s, int x, int baseline) {
    g.drawString(s, x, baseline);
    Rectangle2D b = g.getFont().createGlyphVector(g.getFontRenderContext(), s).getVisualBounds();
    return new Box(
        x + (int) Math.floor(b.getX()) - 1,
        baseline + (int) Math.floor(b.getY()) - 1,
        (int) Math.ceil(b.getWidth()) + 3,
        (int) Math.ceil(b.getHeight()) + 3);
  }

  private static Dataset header(Phantoms.Kind kind, Random r) {
    String modality =
        switch (kind) {
          case CT -> "CT";
          case MR -> "MR";
          case US -> "US";
          case XRAY -> "DX";
        };
    String[] given = {"Aino", "Bruno", "Carmen", "Dario", "Elif", "Femi", "Greta", "Hiro"};
    String[] family = {"Varga", "Okafor", "Lindahl", "Moreau", "Tanaka", "Quispe", "Novak"};
    String json =
        String.format(
            Locale.ROOT,
            "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"%s^%s\"}]},"
                + "\"00100020\":{\"vr\":\"LO\",\"Value\":[\"%d\"]},"
                + "\"00100030\":{\"vr\":\"DA\",\"Value\":[\"19%02d%02d%02d\"]},"
                + "\"00080020\":{\"vr\":\"DA\",\"Value\":[\"2026%02d%02d\"]},"
                + "\"00080060\":{\"vr\":\"CS\",\"Value\":[\"%s\"]},"
                + "\"00280301\":{\"vr\":\"CS\",\"Value\":[\"NO\"]}}",
            family[r.nextInt(family.length)],
            given[r.nextInt(given.length)],
            1_000_000 + r.nextInt(9_000_000),
            30 + r.nextInt(60),
            1 + r.nextInt(12),
            1 + r.nextInt(28),
            1 + r.nextInt(12),
            1 + r.nextInt(28),
            modality);
    try {
      return DicomJsonReader.read(json);
    } catch (DicomJsonException e) {
      throw new IllegalStateException("generated header does not parse", e);
    }
  }
}
