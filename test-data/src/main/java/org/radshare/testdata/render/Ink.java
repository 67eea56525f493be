/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.render;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a string is drawn: font family, style and pixel size, colour and antialiasing. Families are
 * the Java logical fonts plus DejaVu, which is what a stock Debian JDK sees.
 */
public record Ink(String family, int style, int size, Color color, boolean antialias) {

  /** Java's logical fonts: always present, mapped to DejaVu on Debian. */
  public static final Set<String> LOGICAL =
      Set.of("SansSerif", "Serif", "Monospaced", "Dialog", "DialogInput");

  /** Every family the fixtures draw with. */
  public static final List<String> FAMILIES =
      List.of(
          "SansSerif",
          "Serif",
          "Monospaced",
          "Dialog",
          "DialogInput",
          "DejaVu Sans",
          "DejaVu Sans Mono",
          "DejaVu Serif",
          "DejaVu Sans Condensed",
          "DejaVu Sans Light");

  public Ink {
    if (!FAMILIES.contains(family)) {
      throw new IllegalArgumentException("font family not in Ink.FAMILIES: " + family);
    }
  }

  /**
   * The AWT font. Fails rather than let AWT silently substitute Dialog for a missing family, which
   * would change every truth box.
   */
  public Font font() {
    Font f = new Font(family, style, size);
    if (!LOGICAL.contains(family) && !f.getFamily(Locale.ROOT).equals(family)) {
      throw new IllegalStateException(
          "font family '"
              + family
              + "' is not installed (Debian: apt-get install fonts-dejavu-core)");
    }
    return f;
  }

  public Ink withColor(Color c) {
    return new Ink(family, style, size, c, antialias);
  }

  public Ink withSize(int s) {
    return new Ink(family, style, s, color, antialias);
  }
}
