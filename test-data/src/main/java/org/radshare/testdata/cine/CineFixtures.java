/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.cine;

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
import org.radshare.testdata.render.Region;

/**
 * Multi-frame clips for cine sharing: a CT scroll and an ultrasound loop each with a static banner
 * name on every frame, a frame counter that changes, a name that appears on one frame only and a
 * caliper label that moves; plus a clip with benign text only.
 */
public final class CineFixtures {

  static final int FRAMES = 24;

  private CineFixtures() {}

  public static List<Clip> generate(long seed) {
    return List.of(ctScroll(seed + 1000), usLoop(seed + 2000), benignMr(seed + 3000));
  }

  /** A 256×256 CT scroll: the body and organs change from slice to slice. */
  static Clip ctScroll(long seed) {
    Patient p = PatientFactory.create(seed, false, 20, 85);
    int lone = 13;
    Ink ink = new Ink("DejaVu Sans", Font.PLAIN, 10, Color.WHITE, true);
    Ink yellow = ink.withColor(new Color(255, 232, 64));
    List<Canvas> frames = new ArrayList<>();
    for (int k = 0; k < FRAMES; k++) {
      double t = (double) k / (FRAMES - 1);
      Field f = new Field(256, 256, 0);
      double ry = 70 + 12 * Math.sin(Math.PI * t);
      f.ellipse(128, 132, 104, ry, 72, 1.5).ellipse(128, 132, 96, ry - 7, 108, 1.5);
      f.ellipse(88, 118 + 20 * t, 40 * (1 - 0.5 * t), 34, 138, 2);
      f.ellipse(175, 150 - 10 * t, 14 + 10 * t, 16, 150, 2);
      f.ellipse(128, 180, 12, 11, 235, 1);
      f.texture(new Random(seed), 16, 8, 60);
      Canvas c = new Canvas(f.toImage(2, 0, 0, 0));
      c.phi(p.name().caret(), Tag.PatientName.name(), ink, 4, 13);
      c.phi(p.patientId(), Tag.PatientID.name(), ink, 4, 26);
      String date = DateForms.format(p.studyDate(), 0);
      c.phi(date, Tag.StudyDate.name(), ink, 252 - c.advance(date, ink), 13);
      c.benign("Im: " + (k + 1) + "/" + FRAMES, ink, 4, 250);
      c.benign("W: 400 L: 40", ink, 4, 237);
      caliper(c, yellow, 70 + 4 * k, 150 - k, String.format(Locale.ROOT, "%.1f cm", 1.8 + 0.1 * k));
      if (k == lone) {
        String name = p.name().comma();
        c.phi(name, Tag.PatientName.name(), yellow, 252 - c.advance(name, yellow), 250);
      }
      frames.add(c);
    }
    return clip(
        "cine-001",
        "ct",
        "CT scroll, 24 frames 256x256: static name/ID/date, changing Im counter, moving caliper"
            + " label, name on frame 13 only",
        frames,
        p,
        Modality.CT,
        seed);
  }

  /** A 320×240 ultrasound loop: speckle changes every frame under a static banner. */
  static Clip usLoop(long seed) {
    Patient p = PatientFactory.create(seed, false, 20, 85);
    int lone = 5;
    Ink ink = new Ink("DejaVu Sans Mono", Font.PLAIN, 11, Color.WHITE, true);
    Ink green = ink.withColor(new Color(96, 255, 112));
    List<Canvas> frames = new ArrayList<>();
    for (int k = 0; k < FRAMES; k++) {
      Field f = new Field(320, 240, 0);
      f.rect(0, 34, 320, 206, 95);
      f.texture(new Random(seed + k), 40, 50, 1);
      f.ellipse(175 + 6 * Math.sin(k / 3.0), 140, 26, 18, 10, 3);
      f.mask((x, y) -> inFan(x, y) ? 1 : 0);
      f.rect(0, 0, 320, 30, 28);
      Canvas c = new Canvas(f.toImage(3, 0, 0, 0));
      c.phi(p.name().natural(), Tag.PatientName.name(), ink, 4, 13);
      c.phi(p.patientId(), Tag.PatientID.name(), ink, 4, 26);
      String inst = p.institution();
      Ink small = ink.withSize(9);
      c.phi(inst, Tag.InstitutionName.name(), small, 96, 26);
      c.benign("Fr " + (k + 1), ink, 280, 13);
      c.benign("5.0 MHz", ink, 4, 60);
      caliper(
          c,
          green,
          120 + 3 * k,
          120 + 2 * k,
          "D1 " + String.format(Locale.ROOT, "%.2f cm", 1.5 + 0.05 * k));
      if (k == lone) {
        String name = "Pt: " + p.name().family();
        c.phi(name, Tag.PatientName.name(), green, 4, 228);
      }
      frames.add(c);
    }
    return clip(
        "cine-002",
        "us",
        "Ultrasound loop, 24 frames 320x240: static banner name/ID/institution, frame counter,"
            + " moving caliper label, annotation with the surname on frame 5 only",
        frames,
        p,
        Modality.US_CINE,
        seed);
  }

  /** A 256×256 MR scroll carrying only benign text (counter, orientation, W/L). */
  static Clip benignMr(long seed) {
    Patient p = PatientFactory.create(seed, false, 20, 85);
    Ink ink = new Ink("SansSerif", Font.PLAIN, 10, Color.WHITE, true);
    List<Canvas> frames = new ArrayList<>();
    for (int k = 0; k < FRAMES; k++) {
      double t = (double) k / (FRAMES - 1);
      Field f = new Field(256, 256, 4);
      f.ellipse(128, 128, 86, 104, 190, 1.5).ellipse(128, 128, 80, 98, 30, 1.5);
      f.ellipse(128, 128, 74 - 10 * t, 92 - 12 * t, 120, 1.5);
      f.ellipse(118, 124, 5, 20 * (1 - t) + 2, 225, 2)
          .ellipse(138, 124, 5, 20 * (1 - t) + 2, 225, 2);
      f.texture(new Random(seed), 14, 10, 20);
      Canvas c = new Canvas(f.toImage(2, 0, 0, 0));
      c.benign("Im: " + (k + 1) + "/" + FRAMES, ink, 4, 250);
      c.benign("W: 900 L: 450", ink, 4, 237);
      c.benign("A", ink, 124, 12);
      c.benign("R", ink, 3, 132);
      c.benign("L", ink, 246, 132);
      frames.add(c);
    }
    return clip(
        "cine-003",
        "negative",
        "MR scroll, 24 frames 256x256, benign text only (counter, W/L, orientation)",
        frames,
        p,
        Modality.MR,
        seed);
  }

  private static boolean inFan(int x, int y) {
    double dx = x - 160;
    double dy = y - 20;
    double d = Math.sqrt(dx * dx + dy * dy);
    return dy > 0 && d > 22 && d < 215 && Math.abs(Math.atan2(dx, dy)) < Math.toRadians(38);
  }

  /** Two caliper crosses joined by a dotted line, and the measurement label beside them. */
  private static void caliper(Canvas c, Ink ink, int x, int y, String label) {
    Graphics2D g = c.image().createGraphics();
    g.setColor(ink.color());
    for (int[] p : new int[][] {{x, y}, {x + 40, y + 18}}) {
      g.drawLine(p[0] - 3, p[1], p[0] + 3, p[1]);
      g.drawLine(p[0], p[1] - 3, p[0], p[1] + 3);
    }
    for (int i = 0; i <= 40; i += 4) {
      g.fillRect(x + i, y + i * 18 / 40, 1, 1);
    }
    g.dispose();
    c.benign(label, ink, x + 46, y + 24);
  }

  private static Clip clip(
      String id,
      String kind,
      String description,
      List<Canvas> frames,
      Patient p,
      Modality m,
      long seed) {
    Canvas first = frames.get(0);
    List<List<Region>> regions = frames.stream().map(Canvas::regions).toList();
    return new Clip(
        id,
        kind,
        description,
        frames.stream().map(Canvas::image).toList(),
        regions,
        HeaderFactory.build(
            p,
            new HeaderFactory.Capture(
                m, first.height(), first.width(), !kind.equals("negative"), 1, FRAMES, seed)));
  }
}
