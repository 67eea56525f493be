package org.radshare.testdata.scene;

import static org.radshare.testdata.scene.SliceCase.Hard.*;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

  static List<SliceCase> cases() {
    List<SliceCase> c = new ArrayList<>();
    c.add(
        ct(
            1,
            "abdomen, SansSerif 14 white, DICOM caret name",
            Region.ABDOMEN,
            "SansSerif",
            0,
            14,
            SliceCase.WHITE,
            NameForm.CARET,
            0,
            Set.of()));
    c.add(
        ct(
            2,
            "chest, Monospaced 12 yellow, 'FAMILY, GIVEN'",
            Region.CHEST,
            "Monospaced",
            0,
            12,
            SliceCase.YELLOW,
            NameForm.COMMA_UPPER,
            1,
            Set.of()));
    c.add(
        ct(
            3,
            "abdomen, tiny 8 px Dialog green overlay",
            Region.ABDOMEN,
            "Dialog",
            0,
            8,
            SliceCase.GREEN,
            NameForm.CARET,
            2,
            EnumSet.of(TINY)));
    c.add(
        ct(
            4,
            "head, low-contrast grey text on near-black",
            Region.HEAD,
            "DejaVu Sans",
            0,
            12,
            SliceCase.LOW_GREY,
            NameForm.COMMA,
            3,
            EnumSet.of(LOW_CONTRAST)));
    c.add(
        ct(
            5,
            "abdomen, name annotation drawn over the body",
            Region.ABDOMEN,
            "SansSerif",
            Font.BOLD,
            15,
            SliceCase.CYAN,
            NameForm.NATURAL,
            4,
            EnumSet.of(NAME_OVER_BODY)));
    c.add(
        ct(
            6,
            "chest, name split across two lines, Serif 16",
            Region.CHEST,
            "Serif",
            0,
            16,
            SliceCase.WHITE,
            NameForm.CARET,
            5,
            EnumSet.of(SPLIT_NAME)));
    c.add(
        ct(
            7,
            "abdomen, ID with separators, DejaVu Sans Mono 18 no antialias",
            Region.ABDOMEN,
            "DejaVu Sans Mono",
            0,
            18,
            SliceCase.WHITE,
            NameForm.CARET,
            6,
            EnumSet.of(ID_SEPARATORS, NO_ANTIALIAS)));
    c.add(
        ct(
            8,
            "head, inverted grey scale: dark text on white",
            Region.HEAD,
            "DejaVu Serif",
            0,
            13,
            SliceCase.BLACK,
            NameForm.COMMA_UPPER,
            7,
            EnumSet.of(INVERTED)));
    c.add(
        ct(
            9,
            "abdomen, CJK patient (Ideographic PN in header), 20 px condensed bold",
            Region.ABDOMEN,
            "DejaVu Sans Condensed",
            Font.BOLD,
            20,
            SliceCase.YELLOW,
            NameForm.CARET,
            0,
            EnumSet.of(CJK)));
    c.add(
        ct(
            10,
            "chest, age over 89 shown, SansSerif 10 yellow",
            Region.CHEST,
            "SansSerif",
            0,
            10,
            SliceCase.YELLOW,
            NameForm.COMMA,
            1,
            EnumSet.of(AGE_OVER_89)));
    c.add(
        mr(
            1,
            "T1 head, SansSerif 13 white",
            Region.HEAD,
            false,
            "SansSerif",
            0,
            13,
            SliceCase.WHITE,
            NameForm.CARET,
            2,
            Set.of()));
    c.add(
        mr(
            2,
            "T2 head, vertical 90-degree name label on the left edge",
            Region.HEAD,
            true,
            "DejaVu Sans",
            0,
            12,
            SliceCase.WHITE,
            NameForm.COMMA_UPPER,
            3,
            EnumSet.of(VERTICAL_LABEL)));
    c.add(
        mr(
            3,
            "T2 abdomen, Dialog 11 cyan, natural-order name",
            Region.ABDOMEN,
            true,
            "Dialog",
            0,
            11,
            SliceCase.CYAN,
            NameForm.NATURAL,
            4,
            Set.of()));
    c.add(
        mr(
            4,
            "T1 head, low-contrast grey",
            Region.HEAD,
            false,
            "Serif",
            0,
            14,
            SliceCase.LOW_GREY,
            NameForm.CARET,
            5,
            EnumSet.of(LOW_CONTRAST)));
    c.add(
        mr(
            5,
            "T2 head, diacritics stripped, Monospaced 9 green",
            Region.HEAD,
            true,
            "Monospaced",
            0,
            9,
            SliceCase.GREEN,
            NameForm.ASCII_UPPER,
            6,
            EnumSet.of(TINY)));
    c.add(
        mr(
            6,
            "T1 abdomen, DejaVu Serif 15 yellow, initial and surname",
            Region.ABDOMEN,
            false,
            "DejaVu Serif",
            0,
            15,
            SliceCase.YELLOW,
            NameForm.INITIAL,
            7,
            Set.of()));
    c.add(
        mr(
            7,
            "T2 head, black text on a white label box (reverse polarity)",
            Region.HEAD,
            true,
            "DejaVu Sans",
            Font.BOLD,
            12,
            SliceCase.BLACK,
            NameForm.COMMA,
            0,
            EnumSet.of(LABEL_BOX)));
    c.add(
        mr(
            8,
            "T1 head, CJK patient, Serif 16 white",
            Region.HEAD,
            false,
            "Serif",
            0,
            16,
            SliceCase.WHITE,
            NameForm.CARET,
            1,
            EnumSet.of(CJK)));
    return c;
  }

  private static SliceCase ct(
      int n,
      String d,
      Region r,
      String fam,
      int style,
      int size,
      Color col,
      NameForm nf,
      int df,
      Set<SliceCase.Hard> hard) {
    Ink ink = new Ink(fam, style, size, col, !hard.contains(NO_ANTIALIAS));
    return new SliceCase(
        String.format("ct-%03d", n), "CT " + d, Modality.CT, r, false, ink, nf, df, hard);
  }

  private static SliceCase mr(
      int n,
      String d,
      Region r,
      boolean t2,
      String fam,
      int style,
      int size,
      Color col,
      NameForm nf,
      int df,
      Set<SliceCase.Hard> hard) {
    Ink ink = new Ink(fam, style, size, col, true);
    return new SliceCase(
        String.format("mr-%03d", n), "MR " + d, Modality.MR, r, t2, ink, nf, df, hard);
  }

  /** Every CT and MR still, seeded from {@code seed}. */
  public static List<Still> generate(long seed) {
    List<Still> out = new ArrayList<>();
    int i = 0;
    for (SliceCase c : cases()) {
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

  private static void drawCorners(Canvas cv, SliceCase c, Patient p) {
    Ink ink = c.ink();
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
    Ink ink = c.ink();
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
