/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.radshare.core.pixel.Scene.Kind.BENIGN;
import static org.radshare.core.pixel.Scene.Kind.OTHER;
import static org.radshare.core.pixel.Scene.Kind.PHI;

import java.awt.Color;
import java.awt.Font;

/** The synthetic captures the pixel tests run on. Every name and number here is invented. */
final class Scenes {
  static final NamesAndIdsMatcher PHI_VALUES =
      new NamesAndIdsMatcher(
          "SMITHSON",
          "Johanna",
          "8377162",
          "E421280644",
          "Okonkwo",
          "Adaeze",
          "Garcia",
          "Marisol",
          "55512345",
          "Whitfield",
          "Bartholomew",
          "Fenwick",
          "Lindqvist",
          "St Elsewhere");

  private Scenes() {}

  /** CT slice with white corner text at 11–14 px. */
  static Scene ct() {
    Scene s = new Scene(512, 512, 1).body(256, 270, 200, 170, 110, 8);
    Color w = Color.WHITE;
    s.text("SMITHSON^JOHANNA", 6, 16, 13, w, PHI);
    s.text("ID 8377162", 6, 32, 12, w, PHI);
    s.text("St Elsewhere", 380, 16, 12, w, PHI);
    s.text("W: 400 L: 40", 6, 500, 12, w, BENIGN);
    s.text("Im: 12/200", 420, 500, 12, w, BENIGN);
    s.text("5.0 mm", 420, 484, 11, w, BENIGN);
    s.text("R", 8, 260, 14, w, BENIGN);
    s.text("Research protocol", 330, 32, 11, w, OTHER);
    return s;
  }

  /** Ultrasound with a black top banner holding yellow and green text. */
  static Scene ultrasound() {
    Scene s = new Scene(800, 600, 2).sector(400, 60, 520);
    s.text("OKONKWO ADAEZE", 10, 20, 14, new Color(255, 230, 40), PHI);
    s.text("E421280644", 250, 20, 14, new Color(60, 230, 90), PHI);
    s.text("Harbourview Clinic", 560, 20, 13, new Color(80, 220, 230), OTHER);
    s.text("D 12cm", 700, 120, 12, new Color(80, 220, 230), BENIGN);
    s.text("G 50", 700, 140, 12, new Color(80, 220, 230), BENIGN);
    s.text("FR 30Hz", 700, 160, 12, new Color(80, 220, 230), BENIGN);
    return s;
  }

  /** Radiograph with lead L/R markers (white letters in a white frame) and a small name. */
  static Scene xray() {
    Scene s = new Scene(512, 512, 3).radiograph();
    Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    s.text("L", 26, 228, bold, Color.WHITE, BENIGN);
    s.text("R", 460, 228, bold, Color.WHITE, BENIGN);
    s.text("Garcia, Marisol", 300, 495, 11, Color.WHITE, PHI);
    return s;
  }

  /** A scanned document page: dark text on light paper. */
  static Scene document() {
    Scene s = new Scene(512, 512, 4).fill(new Color(240, 238, 230));
    Color ink = new Color(20, 20, 30);
    s.text("Radiology report", 30, 40, 18, ink, OTHER);
    s.text("Patient: Whitfield, Bartholomew", 30, 80, 13, ink, PHI);
    s.text("MRN 55512345", 30, 100, 13, ink, PHI);
    s.text("Findings: no acute abnormality.", 30, 140, 13, ink, OTHER);
    return s;
  }

  /** Low-contrast grey overlay text on a dark grey frame, and a name in a tiny font. */
  static Scene lowContrastAndTiny() {
    Scene s = new Scene(512, 512, 5).fill(new Color(55, 55, 55)).body(256, 280, 180, 150, 90, 6);
    s.text("Fenwick Lindqvist", 10, 20, 13, new Color(115, 115, 115), PHI);
    s.text("Okonkwo Adaeze", 380, 500, 8, Color.WHITE, PHI);
    return s;
  }

  /** Inverted polarity: black text on a light CT-like display. */
  static Scene inverted() {
    Scene s = new Scene(512, 512, 6).fill(new Color(235, 235, 235));
    s.text("SMITHSON JOHANNA", 8, 20, 13, Color.BLACK, PHI);
    s.text("Se: 3", 8, 500, 12, Color.BLACK, BENIGN);
    return s;
  }

  /** Text-free anatomy of each kind, for false redaction. */
  static Scene[] textFree() {
    return new Scene[] {
      new Scene(512, 512, 11).body(256, 256, 220, 190, 120, 10),
      new Scene(512, 512, 12).body(256, 256, 200, 230, 80, 18),
      new Scene(512, 512, 13).sector(256, 20, 480),
      new Scene(512, 512, 14).radiograph()
    };
  }
}
