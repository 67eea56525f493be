/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Random corner blocks of the non-identifying overlay text scanners and viewers print, in the
 * formats several vendors use, for {@link NegativeCaptures}. Nothing here is a name, a date, a time
 * or an identifier.
 */
final class OverlayLines {
  private OverlayLines() {}

  private static final List<Function<Random, String>> COMMON =
      List.of(
          r -> f("W: %d L: %d", 50 * (2 + r.nextInt(40)), 10 * (r.nextInt(60) - 20)),
          r -> f("WW %d WL %d", 50 * (2 + r.nextInt(40)), 10 * r.nextInt(50)),
          r -> f("C %d W %d", 10 * r.nextInt(50), 50 * (2 + r.nextInt(40))),
          r -> counter(r, "Im: %d/%d"),
          r -> counter(r, "Img %d/%d"),
          r -> counter(r, "Image: %d of %d"),
          r -> f("Se: %d", 1 + r.nextInt(20)),
          r -> f("Series %d", 1 + r.nextInt(20)),
          r -> f("Zoom x%.1f", 1 + r.nextInt(30) / 10.0),
          r -> f("x%.1f", 1 + r.nextInt(30) / 10.0),
          r -> f("Zoom: %d%%", 50 + 10 * r.nextInt(20)),
          r -> pick(r, "SUPINE", "PRONE", "Head First-Supine", "Feet First-Prone", "HFS"));

  private static final List<Function<Random, String>> CT =
      List.of(
          r -> f("%d kV", pickInt(r, 80, 100, 120, 140)),
          r -> f("%d mA", 50 + 10 * r.nextInt(40)),
          r -> f("%d kV %d mAs", pickInt(r, 80, 100, 120, 140), 20 + 10 * r.nextInt(30)),
          r -> f("ST: %.2f mm", pickDouble(r, 0.625, 1.25, 2.5, 5.0)),
          r -> f("Sl %.1f mm", pickDouble(r, 0.6, 1.0, 1.5, 3.0, 5.0)),
          r -> f("Pitch %.3f", pickDouble(r, 0.516, 0.984, 1.375)),
          r -> f("DFOV %.1f cm", 25 + r.nextInt(200) / 10.0),
          r -> f("Kernel B%df", 10 * (2 + r.nextInt(6))),
          r -> pick(r, "ABD/PEL C+ PORTAL", "CHEST W/O", "CTA HEAD", "LUNG", "BONE", "AXIAL"),
          r -> f("CTDIvol %.1f mGy", 2 + r.nextInt(200) / 10.0));

  private static final List<Function<Random, String>> MR =
      List.of(
          r -> f("TR %d TE %d", 400 + 100 * r.nextInt(50), 10 + r.nextInt(120)),
          r -> f("TR: %d", 400 + 100 * r.nextInt(50)),
          r -> f("TE: %d", 10 + r.nextInt(120)),
          r -> f("TI %d", 100 + 100 * r.nextInt(25)),
          r -> f("FA %d°", 10 + 5 * r.nextInt(18)),
          r -> f("ETL %d", 4 + r.nextInt(30)),
          r -> f("%.1fT", pickDouble(r, 1.5, 3.0)),
          r ->
              pick(
                  r,
                  "AXIAL T2 FLAIR",
                  "SAG T1",
                  "COR STIR",
                  "DWI b=1000",
                  "ADC",
                  "AX T1 POST",
                  "SWI",
                  "T2 TSE"),
          r -> f("FOV %d mm", 180 + 10 * r.nextInt(20)),
          r -> f("Thk %.1f mm", pickDouble(r, 1.0, 3.0, 4.0, 5.0)));

  private static final List<Function<Random, String>> US =
      List.of(
          r -> f("%.1f MHz", 2 + r.nextInt(130) / 10.0),
          r -> f("Depth %.1f cm", 2 + r.nextInt(200) / 10.0),
          r -> f("D %d cm", 3 + r.nextInt(20)),
          r -> f("Gain %d%%", 20 + r.nextInt(70)),
          r -> f("G %d", 20 + r.nextInt(70)),
          r -> f("FR %d Hz", 10 + r.nextInt(60)),
          r -> f("MI %.1f", r.nextInt(19) / 10.0),
          r -> f("TIs %.1f", r.nextInt(30) / 10.0),
          r -> f("TIb %.1f", r.nextInt(30) / 10.0),
          r -> f("DR %d", 40 + r.nextInt(60)),
          r -> f("PRF %.1f kHz", 1 + r.nextInt(100) / 10.0),
          r -> f("L%d-%d", 9 + r.nextInt(10), 3 + r.nextInt(5)),
          r -> f("C%d-%d", 4 + r.nextInt(3), 1 + r.nextInt(2)),
          r -> pick(r, "ABD GEN", "THI", "Harm", "Res", "Pen", "SMALL PARTS", "VASCULAR"));

  private static final List<Function<Random, String>> XRAY =
      List.of(
          r -> f("%d kV", 60 + 5 * r.nextInt(15)),
          r -> f("%.1f mAs", 1 + r.nextInt(200) / 10.0),
          r -> f("%d kVp %.1f mAs", 60 + 5 * r.nextInt(15), 1 + r.nextInt(100) / 10.0),
          r -> pick(r, "PORTABLE", "PA ERECT", "AP SUPINE", "LATERAL", "AP", "PA", "UPRIGHT"),
          r -> f("SID %d cm", 100 + 10 * r.nextInt(9)),
          r -> f("EI %d", 100 + r.nextInt(900)));

  /** Two to four lines for one corner of a {@code kind} capture. */
  static List<String> corner(Phantoms.Kind kind, Random r) {
    List<Function<Random, String>> own =
        switch (kind) {
          case CT -> CT;
          case MR -> MR;
          case US -> US;
          case XRAY -> XRAY;
        };
    List<String> out = new ArrayList<>();
    int n = 2 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      List<Function<Random, String>> from = r.nextInt(3) == 0 ? COMMON : own;
      out.add(from.get(r.nextInt(from.size())).apply(r));
    }
    return out;
  }

  private static String counter(Random r, String format) {
    int total = 100 + r.nextInt(400);
    return f(format, 1 + r.nextInt(total), total);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }

  private static int pickInt(Random r, int... options) {
    return options[r.nextInt(options.length)];
  }

  private static double pickDouble(Random r, double... options) {
    return options[r.nextInt(options.length)];
  }
}
