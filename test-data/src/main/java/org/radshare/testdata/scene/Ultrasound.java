/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/**
 * Ultrasound stills, 800×600: a top banner with the patient, ID, date and institution burned in, a
 * fan-shaped sector with speckle-like texture, and benign probe data (MHz, depth, gain).
 */
public final class Ultrasound {

  static final int W = 800;
  static final int H = 600;
  private static final String[] FONTS = {
    "SansSerif", "DejaVu Sans Mono", "Dialog", "DejaVu Sans Condensed", "Serif", "Monospaced"
  };
  private static final Color[] COLOURS = {
    Color.WHITE,
    SliceCase.YELLOW,
    SliceCase.CYAN,
    new Color(200, 200, 200),
    SliceCase.GREEN,
    new Color(120, 120, 120)
  };

  private Ultrasound() {}

  /** Six banner variants, seeded from {@code seed}. */
  public static List<Still> generate(long seed) {
    List<Still> out = new ArrayList<>();
    for (int i = 0; i < FONTS.length; i++) {
      long s = seed + 1000L * (i + 1);
      Ink ink = new Ink(FONTS[i], i == 3 ? Font.BOLD : Font.PLAIN, 11 + i, COLOURS[i], i != 4);
      out.add(still(String.format(Locale.ROOT, "us-%03d", i + 1), s, ink, i));
    }
    return out;
  }

  /** The fan image alone (no banner) for negatives and cine. */
  static Field fan(Random r, int w, int h, int top) {
    Field f = new Field(w, h, 0);
    double ax = w / 2.0;
    double radius = (h - top) * 0.95;
    f.rect(0, top, w, h - top, 95);
    f.texture(r, 60, 55, 1);
    f.texture(r, 16, 25, 1);
    f.ellipse(ax + 40, top + radius * 0.55, 48, 34, 14, 4);
    f.ellipse(ax - 90, top + radius * 0.35, 120, 7, 215, 4);
    double half = Math.toRadians(36);
    return f.mask(
        (x, y) -> {
          double dx = x - ax;
          double dy = y - top + 30;
          double d = Math.sqrt(dx * dx + dy * dy);
          double a = Math.atan2(dx, dy);
          boolean inside = dy > 0 && d > 40 && d < radius && Math.abs(a) < half;
          return inside ? 1 : 0;
        });
  }

  private static Still still(String id, long seed, Ink ink, int variant) {
    Random r = new Random(seed);
    Patient p = PatientFactory.create(seed, variant == 5, 18, 88);
    int top = 64;
    Field f = fan(r, W, H, top);
    f.rect(0, 0, W, top - 4, 28);
    Canvas cv = new Canvas(f.toImage(3, 0, 0, 0));
    if (variant == 1) {
      // A second, larger name in the banner's right half, as some scanners show.
      Ink big = ink.withSize(18);
      Overlay.draw(cv, Line.phi(p.name().comma(), Tag.PatientName), big, 420, 24);
    }
    drawBanner(cv, p, ink, variant, top);
    drawProbeData(cv, ink.withColor(Color.WHITE));
    String description =
        "US abdomen, banner in "
            + ink.family()
            + " "
            + ink.size()
            + " px"
            + (variant == 5 ? ", CJK patient" : "");
    return new Still(
        id,
        "us",
        description,
        cv.image(),
        cv.regions(),
        HeaderFactory.build(p, new HeaderFactory.Capture(Modality.US, H, W, true, 3, 1, seed)),
        p);
  }

  private static void drawBanner(Canvas cv, Patient p, Ink ink, int variant, int top) {
    int y1 = 6 + cv.ascent(ink);
    int y2 = y1 + cv.lineHeight(ink) + 4;
    String name = variant % 2 == 0 ? p.name().caret() : p.name().natural();
    String id = variant == 2 ? p.idWithSeparators(' ') : p.patientId();
    Overlay.draw(cv, Line.phi(name, Tag.PatientName), ink, 8, y1);
    Overlay.draw(cv, Line.phi(id, Tag.PatientID), ink, 8, y2);
    String date = DateForms.format(p.studyDate(), variant + 1);
    int xr = W - 8 - cv.advance(date, ink);
    Overlay.draw(cv, Line.phi(date, Tag.StudyDate), ink, xr, y1);
    String inst = p.institution();
    Overlay.draw(cv, Line.phi(inst, Tag.InstitutionName), ink, W - 8 - cv.advance(inst, ink), y2);
    if (variant != 1) {
      String op = "Sonographer: " + p.operator().family();
      Overlay.draw(cv, Line.phi(op, Tag.OperatorsName), ink, 330, y1);
    }
    if (y2 + 4 > top) {
      throw new IllegalStateException("banner text does not fit");
    }
  }

  private static void drawProbeData(Canvas cv, Ink base) {
    Ink ink = base.withSize(12);
    int x = 14;
    int y = 110;
    for (String s : new String[] {"C5-1", "3.5 MHz", "D: 16 cm", "G: 55%", "FR 28 Hz", "x1.5"}) {
      cv.benign(s, ink, x, y);
      y += 20;
    }
    Graphics2D g = cv.image().createGraphics();
    g.setColor(Color.WHITE);
    int sx = W - 60;
    for (int i = 0; i <= 15; i += 5) {
      int ty = 64 + 30 + i * 30;
      g.fillRect(sx, ty, 10, 2);
    }
    g.dispose();
    for (int i = 0; i <= 15; i += 5) {
      int ty = 64 + 30 + i * 30;
      cv.benign(String.valueOf(i), ink, sx + 14, ty + 5);
    }
  }
}
