/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.radshare.core.dicom.PersonName;

/**
 * The words of one header value that may be written separately: the parts of a person name or the
 * words of an institution or address. Words of a group that sit next to each other in the text
 * match together; a word matches on its own only if it is {@link Term#standalone() distinctive}.
 *
 * <p>Name rules: a family-name part of 3+ letters stands alone (the surname alone is how people
 * refer to patients); a given or middle name stands alone from 4 letters, or from 3 when written
 * capitalised ({@code Zoë}, {@code IAN}: lower-case "ian" or "max" is too often something else);
 * name parts that are everyday words ({@code Grace}, {@code White}) also need the capital; name
 * particles (van, de, al…) never stand alone. Single letters that are the initial of a part match
 * only next to another part ({@code J. Doe}, {@code Doe J}); bare initials ({@code JD}) do not,
 * they match far too much.
 *
 * <p>Phrase rules: generic institution and address words (hospital, university, street…) never
 * match alone, and a run made only of them does not match either; other words of 4+ letters, and
 * numbers of 5+ digits such as postal codes, stand alone.
 */
record TermGroup(String category, boolean name, List<Term> terms, Set<Character> initials) {

  /** One word of a group. */
  record Term(
      String text, String folded, boolean standalone, boolean generic, boolean needsCapital) {
    Term(String text, boolean standalone, boolean generic, boolean needsCapital) {
      this(text, OcrTolerance.fold(text), standalone, generic, needsCapital);
    }

    @Override
    public String toString() {
      return "Term[" + text.length() + " chars]"; // never the value: it is PHI
    }
  }

  private static final Set<String> PARTICLES =
      Set.of(
          "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "des", "la", "le",
          "el", "al", "bin", "ibn", "ben", "bat", "mac", "st", "dos", "das", "ter", "ten", "y", "e",
          "zu", "af");

  private static final Set<String> GENERIC =
      Set.copyOf(
          List.of(
              "hospital",
              "hospitals",
              "clinic",
              "clinics",
              "clinique",
              "klinik",
              "klinikum",
              "medical",
              "center",
              "centre",
              "centro",
              "university",
              "universitat",
              "universite",
              "general",
              "regional",
              "memorial",
              "community",
              "health",
              "healthcare",
              "care",
              "radiology",
              "imaging",
              "department",
              "dept",
              "institute",
              "institut",
              "saint",
              "st",
              "street",
              "road",
              "avenue",
              "ave",
              "rd",
              "suite",
              "floor",
              "building",
              "city",
              "county",
              "north",
              "south",
              "east",
              "west",
              "the",
              "of",
              "and",
              "for",
              "de",
              "la",
              "le",
              "du",
              "des",
              "del",
              "children",
              "childrens",
              "women",
              "womens",
              "infirmary",
              "trust",
              "nhs",
              "foundation",
              "school",
              "medicine",
              "service",
              "services",
              "unit",
              "ward",
              "division",
              "diagnostic",
              "diagnostics",
              "room",
              "royal",
              "national",
              "central",
              "district",
              "valley",
              "lane",
              "drive",
              "boulevard",
              "blvd",
              "place",
              "way",
              "court",
              "square",
              "suite",
              "box",
              "po",
              "usa",
              "us",
              "uk",
              "united",
              "states",
              "kingdom",
              "new",
              "main",
              "college",
              "faculty",
              "academic",
              "teaching",
              "group",
              "network",
              "system",
              "systems",
              "practice",
              "associates",
              "partners",
              "inc",
              "ltd",
              "llc",
              "gmbh",
              "sa",
              "ag",
              "ct",
              "mr",
              "mri",
              "pet",
              "xr",
              "cr",
              "dx",
              "nm",
              "us",
              "emergency",
              "er",
              "ed",
              "icu",
              "surgery",
              "surgical",
              "oncology",
              "cancer",
              "heart",
              "cardiology",
              "neurology"));

  static TermGroup ofName(String category, PersonName.Components c) {
    List<Term> terms = new ArrayList<>();
    Set<Character> initials = new java.util.HashSet<>();
    addNameTokens(terms, initials, c.family(), 3);
    addNameTokens(terms, initials, c.given(), 4);
    addNameTokens(terms, initials, c.middle(), 4);
    return new TermGroup(category, true, List.copyOf(terms), Set.copyOf(initials));
  }

  /** A name written as free words (e.g. after an honorific in a description). */
  static TermGroup ofNameWords(String category, List<String> words) {
    List<Term> terms = new ArrayList<>();
    Set<Character> initials = new java.util.HashSet<>();
    for (String w : words) {
      addNameTokens(terms, initials, w, 3);
    }
    return new TermGroup(category, true, List.copyOf(terms), Set.copyOf(initials));
  }

  private static void addNameTokens(
      List<Term> terms, Set<Character> initials, String part, int standaloneFrom) {
    for (Token t : Token.split(TextNormalizer.normalizeText(part))) {
      String w = t.text();
      initials.add(w.charAt(0));
      if (w.length() < 2) {
        continue; // a middle initial is only an initial
      }
      boolean particle = PARTICLES.contains(w);
      boolean standalone = w.length() >= standaloneFrom && !particle;
      boolean needsCapital = CommonWords.contains(w);
      if (!standalone && !particle && w.length() == 3) {
        // A three-letter given name (Zoë, Ian) is a name when written as one: capitalised.
        standalone = true;
        needsCapital = true;
      }
      terms.add(new Term(w, standalone, false, needsCapital));
    }
  }

  static TermGroup ofPhrase(String category, String value) {
    List<Term> terms = new ArrayList<>();
    for (Token t : Token.split(TextNormalizer.normalizeText(value))) {
      String w = t.text();
      boolean generic = GENERIC.contains(w) || PARTICLES.contains(w);
      boolean standalone;
      if (t.hasDigit()) {
        standalone = w.length() >= 5;
      } else {
        standalone = !generic && w.length() >= 4;
      }
      if (w.length() >= 2 || t.hasDigit()) {
        terms.add(new Term(w, standalone, generic, CommonWords.contains(w)));
      }
    }
    return new TermGroup(category, false, List.copyOf(terms), Set.of());
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** Never prints terms: they are PHI. */
  @Override
  public String toString() {
    return "TermGroup[" + category + ", " + terms.size() + " terms]";
  }
}
