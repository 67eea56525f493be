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
 * Chest radiographs, 1024×1024: a lead L or R marker (benign) and a film-style identification label
 * with the patient's details in a corner.
 */
public final class Radiographs {

  static final int SIZE = 1024;
  private static final String[] FONTS = {
    "SansSerif", "Monospaced", "DejaVu Serif", "Dialog", "DejaVu Sans"
  };

  private Radiographs() {}

  public static List<Still> generate(long seed) {
    List<Still> out = new ArrayList<>();
    for (int i = 0; i < FONTS.length; i++) {
      out.add(still(i, seed + 1000L * (i + 1)));
    }
    return out;
  }

  static Field chest(Random r) {
    return Anatomy.chestXray(r, SIZE, SIZE);
  }

  /** A lead marker: a bright rounded square with a dark letter. */
  static void leadMarker(Canvas cv, String letter, int x, int y, int size) {
    Graphics2D g = cv.image().createGraphics();
    g.setColor(new Color(236, 236, 236));
    g.fillRoundRect(x, y, size, size, size / 5, size / 5);
    g.dispose();
    Ink ink = new Ink("DejaVu Sans", Font.BOLD, size * 3 / 4, new Color(20, 20, 20), true);
    int lx = x + (size - cv.advance(letter, ink)) / 2;
    cv.benign(letter, ink, lx, y + size / 2 + cv.ascent(ink) / 2 - size / 10);
  }

  private static Still still(int i, long seed) {
    Random r = new Random(seed);
    Patient p = PatientFactory.create(seed, false, 18, 88);
    Canvas cv = new Canvas(chest(r).toImage(2, 0, 0, 0));
    leadMarker(cv, i % 2 == 0 ? "R" : "L", i % 2 == 0 ? 60 : SIZE - 120, 80, 56);
    int size = 14 + 2 * i;
    boolean boxed = i != 3;
    Ink ink =
        new Ink(FONTS[i], Font.PLAIN, size, boxed ? new Color(15, 15, 15) : Color.WHITE, i != 1);
    List<Line> lines =
        List.of(
            Line.phi(p.institution(), Tag.InstitutionName),
            Line.phi(i % 2 == 0 ? p.name().caret() : p.name().comma(), Tag.PatientName),
            Line.phi(
                "DOB " + DateForms.format(p.birthDate(), i) + "  " + p.sex(), Tag.PatientBirthDate),
            Line.phi(p.patientId(), Tag.PatientID),
            Line.phi(DateForms.format(p.studyDate(), i + 2), Tag.StudyDate));
    int lh = cv.lineHeight(ink) + 3;
    int bw = lines.stream().mapToInt(l -> cv.advance(l.text(), ink)).max().orElse(0) + 20;
    int bh = lh * lines.size() + 14;
    boolean right = i % 3 != 1;
    int bx = right ? SIZE - bw - 24 : 24;
    int by = SIZE - bh - 24;
    if (boxed) {
      Graphics2D g = cv.image().createGraphics();
      g.setColor(new Color(244, 244, 238));
      g.fillRect(bx, by, bw, bh);
      g.dispose();
    }
    int y = by + 7 + cv.ascent(ink);
    for (Line l : lines) {
      Overlay.draw(cv, l, ink, bx + 10, y);
      y += lh;
    }
    Ink small = new Ink("SansSerif", Font.PLAIN, 16, Color.WHITE, true);
    cv.benign("PA ERECT", small, SIZE / 2 - 40, 40);
    String desc =
        "X-ray chest PA, lead marker, "
            + (boxed ? "dark-on-light ID label" : "white ID text")
            + " in "
            + FONTS[i]
            + " "
            + size
            + " px";
    Modality m = i % 2 == 0 ? Modality.CR : Modality.DX;
    return new Still(
        String.format(Locale.ROOT, "xray-%03d", i + 1),
        "xray",
        desc,
        cv.image(),
        cv.regions(),
        HeaderFactory.build(p, new HeaderFactory.Capture(m, SIZE, SIZE, true, 1, 1, seed)),
        p);
  }
}
