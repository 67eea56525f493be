/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
import org.radshare.testdata.render.Ink;

/**
 * Secondary-capture screenshots of a viewer window: the patient in the title bar, a worklist table
 * with this patient's studies and another patient's row, and an image viewport.
 */
public final class Screenshots {

  static final int W = 960;
  static final int H = 600;

  private Screenshots() {}

  public static List<Still> generate(long seed) {
    List<Still> out = new ArrayList<>();
    String[] fonts = {"Dialog", "DejaVu Sans", "SansSerif"};
    for (int i = 0; i < fonts.length; i++) {
      out.add(still(i, fonts[i], seed + 1000L * (i + 1)));
    }
    out.add(TagBrowser.still("sc-004", seed + 9000L));
    return out;
  }

  private static Still still(int variant, String font, long seed) {
    Random r = new Random(seed);
    Patient p = PatientFactory.create(seed, variant == 2, 18, 88);
    Patient other = PatientFactory.create(seed + 7, false, 18, 88);
    boolean dark = variant != 1;
    Color bg = dark ? new Color(43, 43, 46) : new Color(236, 236, 240);
    Color fg = dark ? new Color(222, 222, 222) : new Color(30, 30, 30);
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(bg);
    g.fillRect(0, 0, W, H);
    g.setColor(dark ? new Color(30, 50, 88) : new Color(190, 205, 230));
    g.fillRect(0, 0, W, 28);
    g.setColor(dark ? new Color(60, 60, 64) : new Color(214, 214, 220));
    g.fillRect(0, 28, W, 30);
    g.setColor(dark ? new Color(28, 28, 30) : new Color(250, 250, 250));
    g.fillRect(8, 66, 420, H - 100);
    g.drawImage(CrossSections.thumbnail(seed, 500, 500), 444, 66, null);
    g.setColor(dark ? new Color(70, 70, 74) : new Color(200, 200, 204));
    g.fillRect(0, H - 26, W, 26);
    g.dispose();
    Canvas cv = new Canvas(img);
    Ink title = new Ink(font, Font.BOLD, 13, Color.WHITE, true).withColor(dark ? Color.WHITE : fg);
    Ink ui = new Ink(font, Font.PLAIN, 12, fg, true);
    Overlay.draw(
        cv, Line.phi(p.name().caret() + " - Weasis Viewer", Tag.PatientName), title, 12, 19);
    int tx = 12;
    for (String item : new String[] {"File", "View", "Tools", "Layout", "Share"}) {
      cv.benign(item, ui, tx, 48);
      tx += cv.advance(item, ui) + 22;
    }
    worklist(cv, p, other, new Ink(font, Font.PLAIN, 11, fg, true), dark);
    Ink ov = new Ink("SansSerif", Font.PLAIN, 11, SliceCase.YELLOW, true);
    Overlay.draw(cv, Line.phi(p.name().caret(), Tag.PatientName), ov, 450, 82);
    Overlay.draw(cv, Line.phi(p.patientId(), Tag.PatientID), ov, 450, 96);
    cv.benign("W: 350 L: 50", ov, 450, 552);
    cv.benign("Ready", ui, 10, H - 9);
    String op = "User: " + p.operator().family();
    Overlay.draw(cv, Line.phi(op, Tag.OperatorsName), ui, W - 12 - cv.advance(op, ui), H - 9);
    return new Still(
        String.format(Locale.ROOT, "sc-%03d", variant + 1),
        "screenshot",
        "Secondary-capture screenshot, "
            + (dark ? "dark" : "light")
            + " theme, "
            + font
            + ": title bar, worklist with another patient, viewport overlay"
            + (variant == 2 ? ", CJK patient" : ""),
        cv.image(),
        cv.regions(),
        HeaderFactory.build(p, new HeaderFactory.Capture(Modality.SCREEN, H, W, true, 1, 1, seed)),
        p);
  }

  private static void worklist(Canvas cv, Patient p, Patient other, Ink ink, boolean dark) {
    int[] cols = {16, 206, 300, 384};
    String[] head = {"Patient name", "Patient ID", "Study date", "Mod."};
    Ink bold = new Ink(ink.family(), Font.BOLD, ink.size(), ink.color(), true);
    for (int c = 0; c < cols.length; c++) {
      cv.benign(head[c], bold, cols[c], 86);
    }
    int y = 108;
    row(
        cv,
        ink,
        cols,
        y,
        Line.phi(p.name().commaUpper(), Tag.PatientName),
        Line.phi(p.patientId(), Tag.PatientID),
        Line.phi(DateForms.format(p.studyDate(), 0), Tag.StudyDate),
        "CT");
    y += 22;
    row(
        cv,
        ink,
        cols,
        y,
        Line.phi(p.name().commaUpper(), Tag.PatientName),
        Line.phi(p.patientId(), Tag.PatientID),
        Line.unattributed(DateForms.format(p.studyDate().minusDays(412), 0)),
        "MR");
    y += 22;
    row(
        cv,
        ink,
        cols,
        y,
        Line.unattributed(other.name().commaUpper()),
        Line.unattributed(other.patientId()),
        Line.unattributed(DateForms.format(other.studyDate(), 0)),
        "US");
  }

  private static void row(
      Canvas cv, Ink ink, int[] cols, int y, Line name, Line id, Line date, String mod) {
    Overlay.draw(cv, name, ink, cols[0], y);
    Overlay.draw(cv, id, ink, cols[1], y);
    Overlay.draw(cv, date, ink, cols[2], y);
    cv.benign(mod, ink, cols[3], y);
  }
}
