/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.check;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.pixel.Box;

/**
 * The pixel leaks seen in use, redrawn: large bold names, faint and 16-bit names, small monospaced
 * corner text, text with a drop shadow over bright anatomy. Every person and number is invented.
 */
final class LeakScenes {
  /** One drawn case: the image and the boxes of its identifying text. */
  record Case(String name, BufferedImage image, List<Box> phi) {
    @Override
    public String toString() {
      return name;
    }
  }

  private LeakScenes() {}

  static Optional<Dataset> header() {
    try {
      return Optional.of(
          DicomJsonReader.read(
              """
              {"00100010": {"vr": "PN", "Value": [{"Alphabetic": "DOE^JANE"}]},
               "00100020": {"vr": "LO", "Value": ["QX4471902"]},
               "00080050": {"vr": "SH", "Value": ["88213007"]},
               "00080090": {"vr": "PN", "Value": [{"Alphabetic": "WHITFIELD^ODA"}]},
               "00080020": {"vr": "DA", "Value": ["20260314"]},
               "00102154": {"vr": "SH", "Value": ["217-555-0134"]},
               "00080060": {"vr": "CS", "Value": ["CR"]}}
              """));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static List<Case> all() {
    return List.of(
        bigBold(),
        scannedForm(),
        faintRgb(),
        deepGrey(),
        deepGreyOverTissue(),
        monoCornerBlock(),
        accession27(),
        shadowOverBone(),
        monoPhone18());
  }

  static Case bigBold() {
    BufferedImage img = rgb(1600, 600, new Color(24, 24, 24));
    List<Box> phi = new ArrayList<>();
    phi.add(
        draw(img, "JANE DOE", 120, 330, new Font(Font.SANS_SERIF, Font.BOLD, 120), Color.WHITE));
    return new Case("120px bold name", img, phi);
  }

  static Case scannedForm() {
    BufferedImage img = rgb(2000, 1300, new Color(246, 244, 238));
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(60, 60, 60));
    for (int y = 400; y < 1300; y += 140) {
      g.fillRect(100, y, 1800, 3);
    }
    g.dispose();
    Random r = new Random(4);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int v = img.getRGB(x, y) & 255;
        int n = Math.max(0, Math.min(255, v + (int) (r.nextGaussian() * 4)));
        img.setRGB(x, y, (n << 16) | (n << 8) | n);
      }
    }
    List<Box> phi = new ArrayList<>();
    phi.add(
        draw(
            img,
            "Patient: JANE DOE",
            120,
            300,
            new Font(Font.SANS_SERIF, Font.BOLD, 100),
            new Color(20, 20, 20)));
    return new Case("100px bold name on a 300-dpi form", img, phi);
  }

  static Case faintRgb() {
    BufferedImage img = rgb(800, 600, Color.BLACK);
    List<Box> phi = new ArrayList<>();
    phi.add(
        draw(
            img,
            "JANE DOE",
            40,
            80,
            new Font(Font.SANS_SERIF, Font.PLAIN, 28),
            new Color(3, 3, 3)));
    return new Case("RGB name at grey level 3", img, phi);
  }

  static Case deepGrey() {
    return deep("16-bit name at 1000 beside 65535", 0, 1000);
  }

  /** Background at 900, name at 1000, one marker at 65535: the full-range window hides it. */
  static Case deepGreyOverTissue() {
    return deep("16-bit name at 1000 over 900 beside 65535", 900, 100);
  }

  /** 16-bit grey: background at {@code floor}, the name {@code lift} above, one pixel at 65535. */
  private static Case deep(String name, int floor, int lift) {
    BufferedImage img = new BufferedImage(512, 512, BufferedImage.TYPE_USHORT_GRAY);
    BufferedImage mask = rgb(512, 512, Color.BLACK);
    Box box =
        draw(mask, "JANE DOE", 30, 60, new Font(Font.SANS_SERIF, Font.PLAIN, 26), Color.WHITE);
    WritableRaster raster = img.getRaster();
    for (int y = 0; y < 512; y++) {
      for (int x = 0; x < 512; x++) {
        raster.setSample(x, y, 0, floor + (mask.getRGB(x, y) & 255) * lift / 255);
      }
    }
    raster.setSample(400, 400, 0, 65535);
    return new Case(name, img, List.of(box));
  }

  static Case monoCornerBlock() {
    BufferedImage img = radiograph(1024, 1024, 7);
    Font mono = new Font("DejaVu Sans Mono", Font.PLAIN, 11);
    List<Box> phi = new ArrayList<>();
    phi.add(draw(img, "Study date: 14/03/2026", 12, 980, mono, Color.WHITE));
    phi.add(draw(img, "Acc: 88213007", 12, 994, mono, Color.WHITE));
    phi.add(draw(img, "Ref: Dr Oda Whitfield", 12, 1008, mono, Color.WHITE));
    return new Case("11px mono corner block on an X-ray", img, phi);
  }

  static Case accession27() {
    BufferedImage img = radiograph(1024, 1024, 8);
    List<Box> phi = new ArrayList<>();
    phi.add(draw(img, "88213007", 700, 60, new Font(Font.SANS_SERIF, Font.PLAIN, 27), Color.WHITE));
    return new Case("27px accession number", img, phi);
  }

  static Case shadowOverBone() {
    BufferedImage img = radiograph(1024, 1024, 9);
    Font f = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    int x = 390;
    int y = 500;
    draw(img, "DOE, JANE", x + 3, y + 3, f, Color.BLACK);
    Box box = draw(img, "DOE, JANE", x, y, f, Color.WHITE);
    return new Case(
        "name with a drop shadow over bright bone",
        img,
        List.of(box.union(new Box(box.x() + 3, box.y() + 3, box.width(), box.height()))));
  }

  static Case monoPhone18() {
    BufferedImage img = radiograph(1024, 1024, 10);
    List<Box> phi = new ArrayList<>();
    phi.add(
        draw(
            img,
            "Tel 217-555-0134",
            620,
            980,
            new Font("DejaVu Sans Mono", Font.PLAIN, 18),
            Color.WHITE));
    return new Case("18px mono phone number", img, phi);
  }

  static BufferedImage rgb(int w, int h, Color c) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(c);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return img;
  }

  /** A radiograph: a gradient with a bright bone shaft down the middle and noise. */
  static BufferedImage radiograph(int w, int h, long seed) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(seed);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double v = 50 + 70.0 * y / h;
        double bone = Math.abs(x - w / 2.0 - 40 * Math.sin(y / 90.0));
        if (bone < 120) {
          v += 150 * (1 - bone / 120);
        }
        v += random.nextGaussian() * 6;
        int g = (int) Math.max(0, Math.min(255, v));
        img.setRGB(x, y, (g << 16) | (g << 8) | g);
      }
    }
    return img;
  }

  /** Draws {@code text} with its baseline at {@code y} and returns its tight box. */
  static Box draw(BufferedImage img, String text, int x, int y, Font font, Color color) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(font);
    g.setColor(color);
    g.drawString(text, x, y);
    GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), text);
    Rectangle2D b = gv.getVisualBounds();
    g.dispose();
    return new Box(
        x + (int) Math.floor(b.getX()),
        y + (int) Math.floor(b.getY()),
        (int) Math.ceil(b.getWidth()) + 1,
        (int) Math.ceil(b.getHeight()) + 1);
  }
}
