/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
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

/**
 * Stills that each isolate one difficulty: a lone name at the very edge, text over bone, a
 * hyphenated-apostrophe name, a name in an ultrasound status bar, identifiers in running text, and
 * benign text that looks like it might matter (vendor, protocol, presets).
 */
public final class HardCases {

  private HardCases() {}

  public static List<Still> generate(long seed) {
    return List.of(
        loneEdgeName(seed + 1000),
        textOverBone(seed + 2000),
        apostropheName(seed + 3000),
        statusBarName(seed + 4000),
        letter(seed + 5000),
        protocolOnly(seed + 6000),
        presetsOnly(seed + 7000));
  }

  private static Still still(
      String id, String kind, String desc, Canvas cv, Patient p, Modality m, long seed) {
    boolean burned = !kind.equals("negative");
    return new Still(
        id,
        kind,
        desc,
        cv.image(),
        cv.regions(),
        HeaderFactory.build(
            p, new HeaderFactory.Capture(m, cv.height(), cv.width(), burned, 7, 1, seed)),
        p);
  }

  /** Only the name, italic, one pixel from the edge, on a translucent dark box. */
  private static Still loneEdgeName(long seed) {
    Random r = new Random(seed);
    Patient p = PatientFactory.create(seed, false, 18, 88);
    Canvas cv = new Canvas(Anatomy.ctSlice(r, 512, 512, Region.CHEST).toImage(2, 0, 0, 0));
    Ink ink = new Ink("Serif", Font.ITALIC, 13, Color.WHITE, true);
    String name = p.name().commaUpper();
    int y = 512 - 4;
    Graphics2D g = cv.image().createGraphics();
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
    g.setColor(new Color(40, 40, 90));
    g.fillRect(0, y - cv.ascent(ink) - 2, cv.advance(name, ink) + 4, cv.lineHeight(ink) + 4);
    g.dispose();
    cv.phi(name, Tag.PatientName.name(), ink, 1, y);
    return still(
        "ct-011",
        "ct",
        "CT chest, only the name: italic Serif 13 on a translucent box at the"
            + " bottom-left edge",
        cv,
        p,
        Modality.CT,
        seed);
  }

  /** White text over the bright spine and a pale orange ID over soft tissue. */
  private static Still textOverBone(long seed) {
    Random r = new Random(seed);
    Patient p = PatientFactory.create(seed, false, 18, 88);
    Canvas cv = new Canvas(Anatomy.ctSlice(r, 512, 512, Region.ABDOMEN).toImage(2, 0, 0, 0));
    // Yellow over bone: little luminance contrast, but plenty in the blue channel.
    Ink ink = new Ink("DejaVu Sans Light", Font.PLAIN, 11, SliceCase.YELLOW, true);
    cv.phi(p.name().caret(), Tag.PatientName.name(), ink, 196, 360);
    Ink orange = new Ink("DejaVu Sans Light", Font.PLAIN, 11, new Color(255, 170, 90), true);
    cv.phi(p.patientId(), Tag.PatientID.name(), orange, 150, 300);
    cv.benign("HU 1020", ink, 300, 390);
    return still(
        "ct-012",
        "ct",
        "CT abdomen, yellow light-weight name crossing bright bone, orange ID over"
            + " soft tissue",
        cv,
        p,
        Modality.CT,
        seed);
  }

  /** A hyphenated family name with an apostrophe, in DialogInput, with a DT stamp. */
  private static Still apostropheName(long seed) {
    Random r = new Random(seed);
    Patient p = PatientFactory.named(seed, "O'Neill-Kowalski", "Anne-Sophie", 18, 88);
    Canvas cv = new Canvas(Anatomy.mrSlice(r, 512, 512, Region.HEAD, true).toImage(2, 0, 0, 0));
    Ink ink = new Ink("DialogInput", Font.PLAIN, 10, SliceCase.CYAN, true);
    cv.phi(p.name().caret(), Tag.PatientName.name(), ink, 6, 16);
    cv.phi(
        DateForms.format(p.studyDate(), 0) + " " + p.studyTime().plusMinutes(3),
        Tag.AcquisitionDateTime.name(),
        ink,
        6,
        30);
    cv.phi(p.deviceSerial(), Tag.DeviceSerialNumber.name(), ink, 6, 44);
    cv.benign("T2 TSE AX", ink, 6, 500);
    return still(
        "mr-009",
        "mr",
        "MR T2 head, hyphenated name with apostrophe, acquisition date-time and"
            + " device serial, DialogInput 10 cyan",
        cv,
        p,
        Modality.MR,
        seed);
  }

  /** Probe data on top, the patient in a status bar along the bottom. */
  private static Still statusBarName(long seed) {
    Random r = new Random(seed);
    Patient p = PatientFactory.create(seed, false, 18, 88);
    Field f = Ultrasound.fan(r, Ultrasound.W, Ultrasound.H, 40);
    f.rect(0, Ultrasound.H - 30, Ultrasound.W, 30, 70);
    Canvas cv = new Canvas(f.toImage(3, 0, 0, 0));
    Ink top = new Ink("SansSerif", Font.PLAIN, 12, Color.WHITE, true);
    cv.benign("L12-5  7.5 MHz  Gen  THI", top, 8, 18);
    Ink bar = new Ink("Serif", Font.BOLD, 12, SliceCase.YELLOW, true);
    int y = Ultrasound.H - 10;
    String name = p.name().natural();
    cv.phi(name, Tag.PatientName.name(), bar, 8, y);
    int x = 8 + cv.advance(name, bar) + 24;
    String date = DateForms.format(p.studyDate(), 2);
    cv.phi(date, Tag.StudyDate.name(), bar, x, y);
    x += cv.advance(date, bar) + 24;
    cv.phi("Acc " + p.accession(), Tag.AccessionNumber.name(), bar, x, y);
    return still(
        "us-007",
        "us",
        "Ultrasound, probe data on top, name/date/accession in a bottom status"
            + " bar, Serif bold 12 yellow",
        cv,
        p,
        Modality.US,
        seed);
  }

  /** A clinic letter: identifiers inline in running text, each its own region. */
  private static Still letter(long seed) {
    Random r = new Random(seed);
    Patient p = PatientFactory.create(seed, false, 25, 88);
    Field paper = new Field(Documents.W, Documents.H, 242).texture(r, 5, 5, 0);
    Canvas cv = new Canvas(paper.toImage(1, 0, 0, -4));
    Ink ink = new Ink("DejaVu Serif", Font.PLAIN, 13, new Color(25, 25, 28), true);
    cv.phi(p.institution(), Tag.InstitutionName.name(), ink.withSize(17), 40, 60);
    inline(cv, ink, 40, 130, "Dear ", p.referring().doctor(), Tag.ReferringPhysicianName, ",");
    inline(cv, ink, 40, 170, "Re: ", p.name().natural(), Tag.PatientName, ", born");
    inline(
        cv,
        ink,
        40,
        190,
        "",
        DateForms.format(p.birthDate(), 6),
        Tag.PatientBirthDate,
        ", hospital number");
    inline(cv, ink, 40, 210, "", p.patientId(), Tag.PatientID, ".");
    cv.benign("Thank you for referring this patient. The CT of the abdomen shows a", ink, 40, 250);
    cv.benign("12 mm hypodense lesion in segment 7, most likely a simple cyst.", ink, 40, 270);
    inline(
        cv,
        ink,
        40,
        290,
        "We reviewed it with ",
        p.performing().doctor(),
        Tag.PerformingPhysicianName,
        " on");
    inline(
        cv,
        ink,
        40,
        310,
        "",
        DateForms.format(p.studyDate(), 5),
        Tag.StudyDate,
        ". No follow-up needed.");
    cv.benign("Yours sincerely,", ink, 40, 360);
    return still(
        "doc-004",
        "document",
        "Clinic letter, DejaVu Serif 13: name, birth date, ID and"
            + " physicians inline in running text",
        cv,
        p,
        Modality.SCAN,
        seed);
  }

  private static void inline(
      Canvas cv, Ink ink, int x, int y, String before, String value, Tag tag, String after) {
    if (!before.isEmpty()) {
      cv.benign(before.strip(), ink, x, y);
      x += cv.advance(before, ink);
    }
    cv.phi(value, tag.name(), ink, x, y);
    x += cv.advance(value, ink);
    if (!after.isEmpty()) {
      cv.benign(after, ink, x, y);
    }
  }

  /** CT with vendor, protocol and contrast text: none of it identifies anyone. */
  private static Still protocolOnly(long seed) {
    Random r = new Random(seed);
    Patient p = PatientFactory.create(seed, false, 18, 88);
    Canvas cv = new Canvas(Anatomy.ctSlice(r, 512, 512, Region.ABDOMEN).toImage(2, 0, 0, 0));
    Ink ink = new Ink("DejaVu Sans Condensed", Font.PLAIN, 12, new Color(210, 210, 210), true);
    List<Line> left =
        List.of(
            Line.benign("SYNTHOMED Aquila 64"),
            Line.benign("ABD/PEL C+ PORTAL"),
            Line.benign("Omnipaque 350, 90 mL"),
            Line.benign("Head First-Supine"));
    Overlay.corner(cv, Overlay.Corner.TOP_LEFT, ink, 6, left);
    List<Line> right =
        List.of(
            Line.benign("120 kV  180 mAs"),
            Line.benign("Pitch 0.984"),
            Line.benign("Kernel B30f"),
            Line.benign("DFOV 36.0 cm"));
    Overlay.corner(cv, Overlay.Corner.TOP_RIGHT, ink, 6, right);
    return still(
        "neg-009",
        "negative",
        "CT with vendor, protocol, contrast and technique text only",
        cv,
        p,
        Modality.CT,
        seed);
  }

  /** Ultrasound with preset and measurement labels only. */
  private static Still presetsOnly(long seed) {
    Random r = new Random(seed);
    Patient p = PatientFactory.create(seed, false, 18, 88);
    Field f = Ultrasound.fan(r, Ultrasound.W, Ultrasound.H, 64);
    f.rect(0, 0, Ultrasound.W, 60, 28);
    Canvas cv = new Canvas(f.toImage(3, 0, 0, 0));
    Ink ink = new Ink("Monospaced", Font.PLAIN, 13, SliceCase.GREEN, true);
    cv.benign("ABD GEN   THI   Harm", ink, 8, 22);
    cv.benign("PW 2.5 MHz  PRF 4.5 kHz", ink, 8, 44);
    cv.benign("Vmax 84 cm/s  RI 0.62", ink, 480, 22);
    cv.benign("TIS 0.4  MI 1.1", ink, 480, 44);
    return still(
        "neg-010",
        "negative",
        "Ultrasound with presets, Doppler and safety indices only",
        cv,
        p,
        Modality.US,
        seed);
  }
}
