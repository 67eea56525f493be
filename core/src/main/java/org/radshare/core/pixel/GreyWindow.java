/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.Locale;

/**
 * How grey samples deeper than 8 bits (a 12- or 16-bit frame) were mapped to the 8 bits that are
 * checked and posted. The mapping happens exactly once, and the review and the command line show
 * which one was used, because it decides what the posted image shows.
 *
 * @param center window centre, in stored sample values (after the DICOM rescale was undone)
 * @param width window width, in stored sample values; at least 1
 * @param source where the window came from
 */
public record GreyWindow(double center, double width, Source source) {

  /** Where a window came from. */
  public enum Source {
    /** The image's own darkest to brightest sample. */
    MIN_MAX,
    /** The DICOM header's Window Center / Window Width (PS3.3 C.11.2.1.2). */
    DICOM
  }

  public GreyWindow {
    if (!Double.isFinite(center) || !Double.isFinite(width)) {
      throw new IllegalArgumentException("window centre and width must be finite");
    }
    width = Math.max(1, width);
  }

  /** The window spanning {@code min} to {@code max}: {@code min} maps to 0, {@code max} to 255. */
  public static GreyWindow minMax(double min, double max) {
    double span = Math.max(1, max - min);
    return new GreyWindow(min + span / 2, span, Source.MIN_MAX);
  }

  /**
   * The DICOM window (centre and width in output units, e.g. HU) expressed in stored values through
   * the rescale {@code output = stored × slope + intercept}.
   */
  public static GreyWindow dicom(double center, double width, double slope, double intercept) {
    double s = slope == 0 || !Double.isFinite(slope) ? 1 : slope;
    double i = Double.isFinite(intercept) ? intercept : 0;
    return new GreyWindow((center - i) / s, Math.abs(width / s), Source.DICOM);
  }

  /** The 8-bit value of stored sample {@code v}. */
  public int apply(double v) {
    if (!Double.isFinite(v)) {
      return 0;
    }
    double t;
    if (source == Source.MIN_MAX) {
      t = (v - (center - width / 2)) / width;
    } else {
      // PS3.3 C.11.2.1.2.1, the LINEAR function.
      double low = center - 0.5 - (width - 1) / 2;
      double high = center - 0.5 + (width - 1) / 2;
      if (v <= low) {
        return 0;
      }
      if (v > high) {
        return 255;
      }
      t = ((v - (center - 0.5)) / Math.max(1, width - 1)) + 0.5;
    }
    return (int) Math.round(Math.max(0, Math.min(1, t)) * 255);
  }

  /** One line for the review and the command line. */
  public String describe() {
    String from = source == Source.MIN_MAX ? "the image's own minimum to maximum" : "DICOM window";
    return String.format(
        Locale.ROOT,
        "deep grey windowed once to 8 bits: centre %.1f, width %.1f (%s)",
        center,
        width,
        from);
  }
}
