/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.radshare.testdata.header.HeaderFactory;
import org.radshare.testdata.header.Modality;
import org.radshare.testdata.header.Tag;
import org.radshare.testdata.identity.DateForms;
import org.radshare.testdata.identity.Patient;
import org.radshare.testdata.identity.PatientFactory;
import org.radshare.testdata.render.Canvas;
import org.radshare.testdata.render.Field;
import org.radshare.testdata.render.Ink;
import org.radshare.testdata.render.Region;

/**
 * The harder, randomised set: many stills from one seed, each with identifiers drawn at a random
 * size (6 to 200 px, never more than a quarter of the image), in a random family and weight (bold,
 * condensed, mono, light), in a random place (over anatomy too), sometimes with a drop shadow,
 * sometimes faint (a few grey levels above black, or below white), sometimes as 16-bit grey with a
 * far brighter marker, on CT/MR slices, radiographs, ultrasound and 300-dpi scanned forms.
 * Generated at bench time from its seed; nothing of it needs committing.
 */
public final class VariedSet {
  private static final String[] FAMILIES = {
    "SansSerif", "Serif", "DejaVu Sans Mono", "DejaVu Sans Condensed", "DejaVu Sans", "Dialog"
  };

  private VariedSet() {}

  /** {@code count} stills from {@code seed}, ids {@code var-000} upwards. */
  public static List<Still> generate(long seed, int count) {
    List<Still> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(one(seed * 1_000_003L + i, i));
    }
    return out;
  }

  private enum Backdrop {
    SLICE,
    XRAY,
    FORM,
    ULTRASOUND,
    FAINT,
    DEEP
  }

  private static Still one(long seed, int index) {
    Random r = new Random(seed);
    Backdrop backdrop = Backdrop.values()[r.nextInt(Backdrop.values().length)];
    Patient p = PatientFactory.create(seed, false, 18, 88);
    BufferedImage base =
        switch (backdrop) {
          case SLICE ->
              (r.nextBoolean()
                      ? Anatomy.ctSlice(r, 512, 512, Anatomy.Region.CHEST)
                      : Anatomy.mrSlice(r, 512, 512, Anatomy.Region.HEAD, r.nextBoolean()))
                  .toImage(2, 0, 0, 0);
          case XRAY -> Anatomy.chestXray(r, 1024, 1024).toImage(2, 0, 0, 0);
          case FORM -> page(r, 1240, 1100);
          case ULTRASOUND -> Ultrasound.fan(r, Ultrasound.W, Ultrasound.H, 40).toImage(3, 0, 0, 0);
          case FAINT, DEEP -> new Field(640, 480, 0).toImage(1, 0, 0, 0);
        };
    Canvas cv = new Canvas(base);
    boolean lightPage = backdrop == Backdrop.FORM;
    List<String[]> phi = identifiers(p, r);
    int items = 1 + r.nextInt(3);
    List<Region> placed = new ArrayList<>();
    for (int k = 0; k < items && k < phi.size(); k++) {
      String[] id = phi.get(k);
      int size = size(r, cv.height());
      Ink ink =
          new Ink(FAMILIES[r.nextInt(FAMILIES.length)], style(r), size, colour(r, backdrop), true);
      while (ink.size() > 6 && cv.advance(id[0], ink) > cv.width() - 8) {
        ink = ink.withSize(Math.max(6, ink.size() * 4 / 5));
      }
      int w = cv.advance(id[0], ink);
      int lh = cv.lineHeight(ink);
      for (int attempt = 0; attempt < 20; attempt++) {
        int x = 4 + r.nextInt(Math.max(1, cv.width() - w - 8));
        int baseline = cv.ascent(ink) + 4 + r.nextInt(Math.max(1, cv.height() - lh - 8));
        org.radshare.testdata.render.Region box =
            new org.radshare.testdata.render.Region(
                x - 4, baseline - cv.ascent(ink) - 4, w + 12, lh + 12, "", false, null);
        if (placed.stream().noneMatch(q -> overlaps(q, box))) {
          boolean shadow =
              !lightPage
                  && backdrop != Backdrop.FAINT
                  && backdrop != Backdrop.DEEP
                  && r.nextInt(4) == 0;
          if (shadow) {
            int off = Math.max(1, size / 14);
            cv.phi(id[0], id[1], ink.withColor(Color.BLACK), x + off, baseline + off);
          }
          cv.phi(id[0], id[1], ink, x, baseline);
          placed.add(box);
          break;
        }
      }
    }
    if (backdrop != Backdrop.FAINT && backdrop != Backdrop.DEEP && r.nextBoolean()) {
      Ink small =
          new Ink("SansSerif", Font.PLAIN, 12, lightPage ? Color.DARK_GRAY : Color.WHITE, true);
      cv.benign("W: 400 L: 40", small, 6, cv.height() - 8);
    }
    BufferedImage image = backdrop == Backdrop.DEEP ? deep(cv.image(), r) : cv.image();
    String id = String.format(java.util.Locale.ROOT, "var-%03d", index);
    Modality m =
        backdrop == Backdrop.ULTRASOUND
            ? Modality.US
            : backdrop == Backdrop.XRAY ? Modality.CR : Modality.CT;
    return new Still(
        id,
        backdrop.name().toLowerCase(java.util.Locale.ROOT),
        "varied " + backdrop.name().toLowerCase(java.util.Locale.ROOT),
        image,
        cv.regions(),
        HeaderFactory.build(
            p, new HeaderFactory.Capture(m, cv.height(), cv.width(), true, 1, 1, seed)),
        p);
  }

  private static boolean overlaps(Region a, Region b) {
    return a.x() < b.x() + b.width()
        && b.x() < a.x() + a.width()
        && a.y() < b.y() + b.height()
        && b.y() < a.y() + a.height();
  }

  /** Identifier strings and their categories, in a random order. */
  private static List<String[]> identifiers(Patient p, Random r) {
    List<String[]> all = new ArrayList<>();
    all.add(
        new String[] {
          r.nextBoolean() ? p.name().commaUpper() : p.name().natural(), Tag.PatientName.name()
        });
    all.add(new String[] {"ID " + p.patientId(), Tag.PatientID.name()});
    all.add(new String[] {"Acc " + p.accession(), Tag.AccessionNumber.name()});
    all.add(new String[] {DateForms.format(p.studyDate(), r.nextInt(3)), Tag.StudyDate.name()});
    all.add(new String[] {"Tel " + p.phone(), Tag.PatientTelephoneNumbers.name()});
    java.util.Collections.shuffle(all, r);
    return all;
  }

  /** Log-uniform 6–200 px, never over a quarter of the image height. */
  private static int size(Random r, int height) {
    int max = Math.min(200, height / 4);
    double v = Math.exp(Math.log(6) + r.nextDouble() * (Math.log(max) - Math.log(6)));
    return Math.max(6, (int) Math.round(v));
  }

  private static int style(Random r) {
    int s = r.nextInt(3);
    return s == 0 ? Font.BOLD : Font.PLAIN;
  }

  private static Color colour(Random r, Backdrop b) {
    return switch (b) {
      case FORM -> new Color(10 + r.nextInt(60), 10 + r.nextInt(60), 10 + r.nextInt(80));
      case FAINT -> {
        int g = 2 + r.nextInt(6);
        yield r.nextBoolean() ? new Color(g, g, g) : new Color(g, g + 1, 0);
      }
      case DEEP -> Color.WHITE;
      default -> {
        Color[] overlay = {Color.WHITE, SliceCase.YELLOW, SliceCase.CYAN, new Color(60, 230, 90)};
        yield overlay[r.nextInt(overlay.length)];
      }
    };
  }

  /** A scanned page: off-white with grain and ruled form lines. */
  private static BufferedImage page(Random r, int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      boolean ruled = y > 150 && y % 120 == 0;
      for (int x = 0; x < w; x++) {
        int v = ruled && x > 60 && x < w - 60 ? 90 : 238 + (int) Math.round(r.nextGaussian() * 4);
        v = Math.max(0, Math.min(255, v));
        img.setRGB(x, y, (v << 16) | (v << 8) | v);
      }
    }
    return img;
  }

  /**
   * The drawing as 16-bit grey: background 0–900, text at most 1000 above it, and one marker pixel
   * at 65535 that crushes everything else in a full-range window.
   */
  private static BufferedImage deep(BufferedImage rgb, Random r) {
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    int floor = r.nextInt(900);
    int lift = 100 + r.nextInt(900);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
    WritableRaster raster = out.getRaster();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        raster.setSample(x, y, 0, floor + (rgb.getRGB(x, y) & 255) * lift / 255);
      }
    }
    raster.setSample(w - 5, h - 5, 0, 65535);
    return out;
  }
}
