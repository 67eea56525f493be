/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.List;

/**
 * A piece of text found in the pixels: where it is, what OCR read (possibly nothing, when only the
 * glyph-cluster detector saw it), how sure OCR was, and how it was classified.
 *
 * @param matches categories of the PHI it matched ({@code PatientName}…), empty unless PHI
 * @param source which detector found it
 */
public record TextRegion(
    Box box,
    String text,
    double confidence,
    RegionClass classification,
    List<String> matches,
    Source source) {

  /** Which detector produced a region. */
  public enum Source {
    OCR,
    GLYPH_CLUSTER,
    MANUAL
  }

  public TextRegion {
    text = text == null ? "" : text;
    matches = List.copyOf(matches);
  }

  public boolean phi() {
    return classification == RegionClass.PHI;
  }
}
