/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An invented person's name in the parts a DICOM PN value holds, so that fixtures can write it in
 * the header and burn it into pixels or captions in the many shapes people actually use.
 *
 * @param family family name in natural case ("Müller", "O'Neill")
 * @param given given name in natural case
 * @param middle middle name or initial, empty when none
 * @param prefix honorific such as "Dr", empty when none
 * @param ideographic PN ideographic group ("山田^太郎"), empty when none
 * @param phonetic PN phonetic group, empty when none
 * @param upperInHeader whether the header spells the alphabetic group in capitals, as most
 *     modalities do
 */
public record PersonName(
    String family,
    String given,
    String middle,
    String prefix,
    String ideographic,
    String phonetic,
    boolean upperInHeader) {

  /** The PN alphabetic component group as written in the header ("MÜLLER^JÜRGEN"). */
  public String alphabetic() {
    String pn = family + "^" + given;
    if (!middle.isEmpty() || !prefix.isEmpty()) {
      pn += "^" + middle;
    }
    if (!prefix.isEmpty()) {
      pn += "^" + prefix;
    }
    return upperInHeader ? pn.toUpperCase(Locale.ROOT) : pn;
  }

  /** "MÜLLER^JÜRGEN": family^given in capitals, the raw DICOM shape. */
  public String caret() {
    return (family + "^" + given).toUpperCase(Locale.ROOT);
  }

  /** "MÜLLER, JÜRGEN". */
  public String commaUpper() {
    return (family + ", " + given).toUpperCase(Locale.ROOT);
  }

  /** "Müller, Jürgen". */
  public String comma() {
    return family + ", " + given;
  }

  /** "Jürgen Müller". */
  public String natural() {
    return given + " " + family;
  }

  /** "J. Müller". */
  public String initialSurname() {
    return given.charAt(0) + ". " + family;
  }

  /** "MULLER JURGEN": diacritics stripped, as some older devices print names. */
  public String asciiUpper() {
    return stripDiacritics(family + " " + given).toUpperCase(Locale.ROOT);
  }

  /** "Dr Müller", "Dr. Müller" style label for physicians. */
  public String doctor() {
    return "Dr. " + family;
  }

  /** Removes combining marks after canonical decomposition; leaves ł, ø, ß as they are. */
  public static String stripDiacritics(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
