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
import org.radshare.testdata.identity.PersonName;
import org.radshare.testdata.render.Canvas;
import org.radshare.testdata.render.Field;
import org.radshare.testdata.render.Ink;

/**
 * Scanned request forms: an A4 page (1240×1754 scanned, downscaled to 620×877) with dark text on
 * light paper, labels benign and filled-in values identifying.
 */
public final class Documents {

  static final int W = 620;
  static final int H = 877;

  private Documents() {}

  public static List<Still> generate(long seed) {
    List<Still> out = new ArrayList<>();
    String[] fonts = {"Serif", "DejaVu Sans", "Monospaced"};
    for (int i = 0; i < fonts.length; i++) {
      out.add(still(i, fonts[i], seed + 1000L * (i + 1)));
    }
    return out;
  }

  private static Still still(int variant, String font, long seed) {
    Random r = new Random(seed);
    Patient p =
        variant == 1
            ? PatientFactory.named(seed, "O'Neill", "Seán", 20, 80)
            : PatientFactory.create(seed, false, 20, 88);
    Field paper = new Field(W, H, 238).texture(r, 6, 7, 0).texture(r, 40, 2, 0);
    Canvas cv = new Canvas(paper.toImage(1, 2, 1, -6));
    Color inkColour = variant == 2 ? new Color(40, 48, 96) : new Color(28, 28, 30);
    Ink label = new Ink(font, Font.PLAIN, 13, inkColour, true);
    Ink value = new Ink(font, Font.PLAIN, 14, inkColour, variant != 2);
    Ink heading = new Ink(font, Font.BOLD, 20, inkColour, true);
    Overlay.draw(cv, Line.phi(p.institution(), Tag.InstitutionName), heading, 40, 60);
    Overlay.draw(cv, Line.phi(p.institutionAddress(), Tag.InstitutionAddress), label, 40, 84);
    cv.benign("RADIOLOGY REQUEST FORM", heading, 40, 130);
    rule(cv, 40, 142, W - 80, inkColour);
    Patient kin = PatientFactory.create(seed + 99, false, 30, 70);
    PersonName contact = kin.name();
    String[][] rows = {
      {"Patient name:", p.name().comma(), Tag.PatientName.name()},
      {"Date of birth:", DateForms.format(p.birthDate(), 3 + variant), Tag.PatientBirthDate.name()},
      {"MRN:", p.idWithSeparators('-'), Tag.PatientID.name()},
      {"Address:", p.patientAddress(), Tag.PatientAddress.name()},
      {"Phone:", p.phone(), Tag.PatientTelephoneNumbers.name()},
      {"Emergency contact:", contact.natural(), null},
      {"Contact phone:", "(" + (200 + r.nextInt(700)) + ") 555-01" + (10 + r.nextInt(90)), "Phone"},
      {"Accession:", p.accession(), Tag.AccessionNumber.name()},
      {"Referring physician:", p.referring().doctor(), Tag.ReferringPhysicianName.name()},
    };
    // The value column starts after the widest label, whatever the font.
    int vx = 40 + cv.advance("Examination requested:", label) + 14;
    int y = 180;
    for (String[] row : rows) {
      cv.benign(row[0], label, 40, y);
      Line v = row[2] == null ? Line.unattributed(row[1]) : new Line(row[1], true, row[2]);
      Overlay.draw(cv, v, value, vx, y);
      rule(cv, vx - 4, y + 5, W - 40 - vx, new Color(150, 150, 150));
      y += 34;
    }
    y += 20;
    cv.benign("Examination requested:", label, 40, y);
    cv.benign("CT abdomen and pelvis with contrast", value, vx, y);
    y += 34;
    cv.benign("Clinical question:", label, 40, y);
    cv.benign("Right lower quadrant pain. Appendicitis?", value, vx, y);
    y += 24;
    cv.benign("Creatinine 78 umol/L. No known allergy.", value, vx, y);
    y += 60;
    cv.benign("Signature:", label, 40, y);
    rule(cv, 120, y + 5, 200, inkColour);
    cv.benign("Date:", label, 360, y);
    Overlay.draw(
        cv, Line.phi(DateForms.format(p.studyDate(), variant), Tag.StudyDate), value, 410, y);
    cv.benign("Page 1 of 1", label.withSize(11), W / 2 - 30, H - 30);
    Modality m = variant == 0 ? Modality.PDF : Modality.SCAN;
    return new Still(
        String.format(Locale.ROOT, "doc-%03d", variant + 1),
        "document",
        "Scanned request form, "
            + font
            + (m == Modality.PDF ? ", header is an encapsulated PDF" : ", secondary capture")
            + ", emergency contact not in header",
        cv.image(),
        cv.regions(),
        HeaderFactory.build(p, new HeaderFactory.Capture(m, H, W, true, 1, 1, seed)),
        p);
  }

  private static void rule(Canvas cv, int x, int y, int w, Color c) {
    Graphics2D g = cv.image().createGraphics();
    g.setColor(c);
    g.fillRect(x, y, w, 1);
    g.dispose();
  }
}
