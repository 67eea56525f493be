/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

import java.util.ArrayList;
import java.util.List;

/**
 * A DICOM person name (PS3.5 §6.2.1): up to three component groups — alphabetic, ideographic and
 * phonetic — each made of up to five {@code ^}-separated components.
 *
 * @param alphabetic the single-byte group as written, e.g. {@code DOE^JOHN^A^DR^JR}; may be empty
 * @param ideographic the ideographic group (e.g. kanji) as written; may be empty
 * @param phonetic the phonetic group (e.g. hiragana) as written; may be empty
 */
public record PersonName(String alphabetic, String ideographic, String phonetic) {

  public PersonName {
    alphabetic = alphabetic == null ? "" : alphabetic;
    ideographic = ideographic == null ? "" : ideographic;
    phonetic = phonetic == null ? "" : phonetic;
  }

  /** A name with only an alphabetic group. */
  public static PersonName ofAlphabetic(String alphabetic) {
    return new PersonName(alphabetic, "", "");
  }

  /** The five components of one group: family^given^middle^prefix^suffix. */
  public record Components(
      String family, String given, String middle, String prefix, String suffix) {

    /** Splits a group on {@code ^}; missing components are empty, extra ones are kept in suffix. */
    public static Components parse(String group) {
      String[] parts = (group == null ? "" : group).split("\\^", 5);
      return new Components(
          part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3), part(parts, 4));
    }

    private static String part(String[] parts, int i) {
      return i < parts.length ? parts[i].trim() : "";
    }

    /** The non-empty components, family first. */
    public List<String> nonEmpty() {
      List<String> out = new ArrayList<>(5);
      for (String s : List.of(family, given, middle, prefix, suffix)) {
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      return out;
    }
  }

  public Components alphabeticComponents() {
    return Components.parse(alphabetic);
  }

  public Components ideographicComponents() {
    return Components.parse(ideographic);
  }

  public Components phoneticComponents() {
    return Components.parse(phonetic);
  }

  /** The non-empty groups as written, alphabetic first. */
  public List<String> groups() {
    List<String> out = new ArrayList<>(3);
    for (String g : List.of(alphabetic, ideographic, phonetic)) {
      if (!g.isEmpty()) {
        out.add(g);
      }
    }
    return out;
  }

  public boolean isEmpty() {
    return alphabetic.isEmpty() && ideographic.isEmpty() && phonetic.isEmpty();
  }

  /** Never prints the name itself: person names are PHI and must not reach logs. */
  @Override
  public String toString() {
    return "PersonName[redacted]";
  }
}
