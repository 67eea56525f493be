package org.radshare.testdata.render;

import java.awt.Color;
import java.awt.Font;

/**
 * How a string is drawn: font family, style and pixel size, colour and antialiasing. Families are
 * the Java logical fonts plus DejaVu, which is what a stock Debian JDK sees.
 */
public record Ink(String family, int style, int size, Color color, boolean antialias) {

  public static final String[] FAMILIES = {
    "SansSerif",
    "Serif",
    "Monospaced",
    "Dialog",
    "DejaVu Sans",
    "DejaVu Sans Mono",
    "DejaVu Serif",
    "DejaVu Sans Condensed"
  };

  public Font font() {
    return new Font(family, style, size);
  }

  public Ink withColor(Color c) {
    return new Ink(family, style, size, c, antialias);
  }

  public Ink withSize(int s) {
    return new Ink(family, style, s, color, antialias);
  }
}
