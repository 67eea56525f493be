/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.radshare.testdata.header.HeaderFactory;
import org.radshare.testdata.header.Modality;
import org.radshare.testdata.identity.Patient;
import org.radshare.testdata.identity.PatientFactory;
import org.radshare.testdata.render.Canvas;
import org.radshare.testdata.render.Field;
import org.radshare.testdata.render.Ink;
import org.radshare.testdata.scene.Anatomy.Region;
import org.radshare.testdata.scene.Overlay.Corner;

/**
 * Images with no identifying text: text-free ones, and ones carrying only benign text (orientation
 * letters, window/level, counters, scale bars, probe data). Their headers still name the patient.
 */
public final class Negatives {

  private Negatives() {}

  private record Recipe(String description, Modality modality, boolean benignText) {}

  private static final List<Recipe> RECIPES =
      List.of(
          new Recipe("text-free CT abdomen", Modality.CT, false),
          new Recipe("text-free MR head", Modality.MR, false),
          new Recipe("text-free ultrasound fan, empty banner", Modality.US, false),
          new Recipe("text-free chest X-ray", Modality.DX, false),
          new Recipe(
              "CT chest with benign text only: orientation, W/L, counter, 5 cm bar",
              Modality.CT,
              true),
          new Recipe(
              "ultrasound with benign probe data only (MHz, depth, gain, x1.5)", Modality.US, true),
          new Recipe("chest X-ray with only a lead L marker and 'PA ERECT'", Modality.DX, true),
          new Recipe("MR head with benign text only: orientation, W/L, TR/TE", Modality.MR, true));

  public static List<Still> generate(long seed) {
    List<Still> out = new ArrayList<>();
    for (int i = 0; i < RECIPES.size(); i++) {
      out.add(
          still(
              String.format(Locale.ROOT, "neg-%03d", i + 1),
              RECIPES.get(i),
              seed + 1000L * (i + 1)));
    }
    return out;
  }

  private static Still still(String id, Recipe recipe, long seed) {
    Random r = new Random(seed);
    Patient p = PatientFactory.create(seed, false, 18, 88);
    Canvas cv =
        switch (recipe.modality()) {
          case CT ->
              new Canvas(
                  Anatomy.ctSlice(r, 512, 512, recipe.benignText() ? Region.CHEST : Region.ABDOMEN)
                      .toImage(2, 0, 0, 0));
          case MR ->
              new Canvas(Anatomy.mrSlice(r, 512, 512, Region.HEAD, true).toImage(2, 0, 0, 0));
          case US -> {
            Field f = Ultrasound.fan(r, Ultrasound.W, Ultrasound.H, 64);
            f.rect(0, 0, Ultrasound.W, 60, 28);
            yield new Canvas(f.toImage(3, 0, 0, 0));
          }
          default -> new Canvas(Radiographs.chest(r).toImage(2, 0, 0, 0));
        };
    if (recipe.benignText()) {
      benign(cv, recipe.modality());
    }
    return new Still(
        id,
        "negative",
        recipe.description(),
        cv.image(),
        cv.regions(),
        HeaderFactory.build(
            p,
            new HeaderFactory.Capture(
                recipe.modality(), cv.height(), cv.width(), recipe.benignText(), 5, 1, seed)),
        p);
  }

  private static void benign(Canvas cv, Modality m) {
    Ink ink = new Ink("DejaVu Sans", Font.PLAIN, 13, SliceCase.WHITE, true);
    switch (m) {
      case CT, MR -> {
        Overlay.corner(
            cv,
            Corner.BOTTOM_LEFT,
            ink,
            6,
            List.of(
                Line.benign(m == Modality.CT ? "W: 1500 L: -600" : "W: 900 L: 450"),
                Line.benign("Im: 57/120"),
                Line.benign(m == Modality.CT ? "ST: 1.25 mm" : "TR 4200 TE 95")));
        Overlay.corner(cv, Corner.TOP_RIGHT, ink, 6, List.of(Line.benign("x1.5")));
        cv.benign("A", ink, 250, 24);
        cv.benign("P", ink, 250, 500);
        cv.benign("R", ink, 8, 262);
        cv.benign("L", ink, 494, 262);
        CrossSections.scaleBar(cv, ink, 420, 430);
      }
      case US -> {
        int y = 110;
        for (String s : new String[] {"L12-5", "7.5 MHz", "Depth 4.0 cm", "Gain 62%", "x1.5"}) {
          cv.benign(s, ink, 14, y);
          y += 22;
        }
      }
      default -> {
        Radiographs.leadMarker(cv, "L", 900, 80, 56);
        cv.benign("PA ERECT", ink.withSize(16), 470, 40);
      }
    }
  }
}
