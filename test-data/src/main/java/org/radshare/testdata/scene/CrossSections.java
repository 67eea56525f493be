/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import static org.radshare.testdata.scene.SliceCase.Hard.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
import org.radshare.testdata.scene.Anatomy.Region;
import org.radshare.testdata.scene.Overlay.Corner;

/** CT and MR stills with viewer-style corner overlays and their hard cases. */
public final class CrossSections {

  private static final int SIZE = 512;

  private CrossSections() {}

  /** Every CT and MR still, seeded from {@code seed}. */
  public static List<Still> generate(long seed) {
    List<Still> out = new ArrayList<>();
    int i = 0;
    for (SliceCase c : SliceCatalog.cases()) {
      out.add(render(c, seed + 1000L * ++i));
    }
    return out;
  }

  static Still render(SliceCase c, long seed) {
    Random r = new Random(seed);
    boolean old = c.hard().contains(AGE_OVER_89);
    Patient p =
        c.id().equals("ct-001")
            ? PatientFactory.named(seed, "Müller", "Jürgen", 30, 85)
            : PatientFactory.create(seed, c.hard().contains(CJK), old ? 90 : 18, old ? 99 : 88);
    Field f =
        c.modality() == Modality.CT
            ? Anatomy.ctSlice(r, SIZE, SIZE, c.region())
            : Anatomy.mrSlice(r, SIZE, SIZE, c.region(), c.t2());
    if (c.hard().contains(INVERTED)) {
      f.invert();
    }
    Canvas cv = new Canvas(f.toImage(2, 0, 0, 0));
    drawCorners(cv, c, p);
    drawBenign(cv, c);
    drawHardExtras(cv, c, p);
    return new Still(
        c.id(),
        c.modality() == Modality.CT ? "ct" : "mr",
        c.description(),
        cv.image(),
        cv.regions(),
        HeaderFactory.build(
            p, new HeaderFactory.Capture(c.modality(), SIZE, SIZE, true, 12, 1, seed)),
        p);
  }

  /** The corner text ink: the case's ink, except where that ink is meant for a light label. */
  private static Ink cornerInk(SliceCase c) {
    return c.hard().contains(LABEL_BOX) ? c.ink().withColor(SliceCase.WHITE) : c.ink();
  }

  private static void drawCorners(Canvas cv, SliceCase c, Patient p) {
    Ink ink = cornerInk(c);
    int m = 6;
    List<Line> tl = new ArrayList<>();
    if (c.hard().contains(SPLIT_NAME)) {
      tl.add(Line.phi(p.name().family().toUpperCase(java.util.Locale.ROOT) + "^", Tag.PatientName));
      tl.add(Line.phi(p.name().given().toUpperCase(java.util.Locale.ROOT), Tag.PatientName));
    } else if (!c.hard().contains(VERTICAL_LABEL) && !c.hard().contains(LABEL_BOX)) {
      tl.add(Line.phi(c.nameForm().of(p.name()), Tag.PatientName));
    }
    String id = c.hard().contains(ID_SEPARATORS) ? p.idWithSeparators('-') : p.patientId();
    tl.add(Line.phi("ID: " + id, Tag.PatientID));
    tl.add(Line.phi("DOB: " + DateForms.format(p.birthDate(), c.dateForm()), Tag.PatientBirthDate));
    if (c.hard().contains(AGE_OVER_89)) {
      tl.add(Line.phi("Age: " + p.ageYears() + "Y", Tag.PatientAge));
    }
    Overlay.corner(cv, Corner.TOP_LEFT, ink, m, tl);
    List<Line> tr = new ArrayList<>();
    tr.add(Line.phi(p.institution(), Tag.InstitutionName));
    tr.add(Line.phi(DateForms.format(p.studyDate(), c.dateForm() + 3), Tag.StudyDate));
    tr.add(Line.phi(p.studyTime().toString(), Tag.StudyTime));
    tr.add(Line.phi("Acc: " + p.accession(), Tag.AccessionNumber));
    Overlay.corner(cv, Corner.TOP_RIGHT, ink, m, tr);
    List<Line> br = new ArrayList<>();
    br.add(Line.phi("Ref: " + p.referring().doctor(), Tag.ReferringPhysicianName));
    br.add(Line.phi(p.station(), Tag.StationName));
    br.add(Line.benign("Zoom x1.5"));
    Overlay.corner(cv, Corner.BOTTOM_RIGHT, ink, m, br);
  }

  private static void drawBenign(Canvas cv, SliceCase c) {
    Ink ink = cornerInk(c);
    List<Line> bl = new ArrayList<>();
    bl.add(Line.benign(c.modality() == Modality.CT ? "W: 400 L: 40" : "W: 1200 L: 600"));
    bl.add(Line.benign("Im: 12/200"));
    bl.add(Line.benign(c.modality() == Modality.CT ? "ST: 5.0 mm  120 kV" : "TR 520 TE 12"));
    Overlay.corner(cv, Corner.BOTTOM_LEFT, ink, 6, bl);
    Ink big = ink.withSize(Math.max(12, ink.size() + 2));
    int w = cv.width();
    int h = cv.height();
    cv.benign("A", big, w / 2 - cv.advance("A", big) / 2, 20 + cv.ascent(big));
    cv.benign("P", big, w / 2 - cv.advance("P", big) / 2, h - 60);
    cv.benign("R", big, 8, h / 2 + cv.ascent(big) / 2);
    cv.benign("L", big, w - 8 - cv.advance("L", big), h / 2 + cv.ascent(big) / 2);
    scaleBar(cv, ink, w - 90, h - 90);
  }

  /** A 5 cm ruler with end ticks and its label; the label is benign text. */
  static void scaleBar(Canvas cv, Ink ink, int x, int y) {
    Graphics2D g = cv.image().createGraphics();
    g.setColor(ink.color());
    g.fillRect(x, y, 60, 2);
    g.fillRect(x, y - 5, 2, 7);
    g.fillRect(x + 58, y - 5, 2, 7);
    g.dispose();
    Ink small = ink.withSize(Math.max(9, ink.size() - 2));
    cv.benign("5 cm", small, x + 30 - cv.advance("5 cm", small) / 2, y - 8);
  }

  private static void drawHardExtras(Canvas cv, SliceCase c, Patient p) {
    Ink ink = c.ink();
    if (c.hard().contains(NAME_OVER_BODY)) {
      Overlay.draw(cv, Line.phi(c.nameForm().of(p.name()), Tag.PatientName), ink, 170, 250);
    }
    if (c.hard().contains(VERTICAL_LABEL)) {
      String name = c.nameForm().of(p.name());
      int y = cv.height() / 2 + cv.advance(name, ink) / 2 + 60;
      cv.vertical(name, true, Tag.PatientName.name(), ink, 44, y);
    }
    if (c.hard().contains(LABEL_BOX)) {
      String name = c.nameForm().of(p.name());
      Graphics2D g = cv.image().createGraphics();
      g.setColor(new Color(238, 238, 232));
      int bw = cv.advance(name, ink) + 12;
      int bx = (cv.width() - bw) / 2;
      g.fillRect(bx, 44, bw, cv.lineHeight(ink) + 8);
      g.dispose();
      Overlay.draw(cv, Line.phi(name, Tag.PatientName), ink, bx + 6, 48 + cv.ascent(ink));
    }
  }

  /** A CT-like picture of any size, for the viewport of a screenshot. */
  static BufferedImage thumbnail(long seed, int w, int h) {
    Random r = new Random(seed);
    return Anatomy.ctSlice(r, w, h, Region.ABDOMEN).toImage(2, 0, 0, 0);
  }
}
