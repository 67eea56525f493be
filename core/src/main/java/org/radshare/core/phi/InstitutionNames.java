/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names of hospitals, clinics, medical centres and universities typed in free text, whether or not
 * the header names the institution: {@code Lakeshore Children's Hospital}, {@code St. Brigid's
 * Medical Center}, {@code University of Northfield}, {@code Mayo Clinic}. A place of care narrows
 * who the patient is.
 *
 * <p>A name is an institution word preceded by up to four capitalised words, or followed by {@code
 * of} and capitalised words; at least one of those words must be specific, not a generic one
 * ({@code General Hospital}, {@code University Hospital}, {@code Fracture Clinic} and {@code Circle
 * of Willis} are not flagged). Lower-case phrases are prose ({@code the children's hospital}).
 */
final class InstitutionNames {

  static final String CATEGORY = "InstitutionName";

  private InstitutionNames() {}

  private static final Set<String> HEADS =
      MedicalEponyms.words(
          """
          hospital hospitals clinic clinics infirmary hospice sanatorium institute university
          college polyclinic klinikum klinik hopital ospedale universitat universidad universite
          universita trust center centre health healthcare medical
          """);

  /** Heads that need a partner word ("Medical Center", not "center" alone). */
  private static final Set<String> PAIRED = Set.of("center", "centre", "health", "medical");

  /** Capitalised words that do not make an institution's name specific. */
  private static final Set<String> GENERIC =
      MedicalEponyms.words(
          """
          general regional memorial community children childrens women womens university teaching
          district county city royal national central state the of and for st saint mount mt
          medical health center centre hospital clinic fracture breast eye cancer heart maternity
          psychiatric rehabilitation dental veterinary outpatient private military emergency
          pediatric paediatric radiology imaging specialist day sleep pain memory fertility trauma
          surgical diagnostic academic research nhs foundation trust school medicine college
          institute veterans base field major tertiary local public new north south east west our
          my your this that a an s in at to from with hospitals clinics system group network
          services care
          """);

  static List<Hit> find(TextNormalizer.Normalized n) {
    List<Hit> out = new ArrayList<>();
    String text = n.text();
    List<Token> tokens = Token.split(text);
    for (int h = 0; h < tokens.size(); h++) {
      String head = tokens.get(h).text();
      if (!HEADS.contains(head) || !n.isUpperCaseInOriginal(tokens.get(h).start())) {
        continue;
      }
      int start = h;
      boolean specific = false;
      for (int j = h - 1; j >= 0 && j >= h - 5; j--) {
        Token t = tokens.get(j);
        if (!TermMatcher.adjacent(text, t, tokens.get(j + 1)) || !namePart(n, t)) {
          break;
        }
        start = j;
        specific |= specific(n, t);
      }
      int end = h;
      if (h + 2 < tokens.size() && tokens.get(h + 1).text().matches("of|de|di|du|des|del")) {
        int j = h + 2;
        if (tokens.get(j).text().equals("the") && j + 1 < tokens.size()) {
          j++;
        }
        for (; j < tokens.size() && j <= h + 6; j++) {
          Token t = tokens.get(j);
          if (!TermMatcher.adjacent(text, tokens.get(j - 1), t) || !namePart(n, t)) {
            break;
          }
          end = j;
          specific |= specific(n, t);
        }
      }
      boolean paired = !PAIRED.contains(head) || start < h || end > h;
      if (specific && paired) {
        out.add(new Hit(tokens.get(start).start(), tokens.get(end).end(), CATEGORY));
        h = end;
      }
    }
    return out;
  }

  /** A word that can belong to an institution's name: capitalised, or a joining word. */
  private static boolean namePart(TextNormalizer.Normalized n, Token t) {
    String w = t.text();
    if (w.equals("s") || w.equals("of") || w.equals("and") || w.equals("the")) {
      return true; // "Children's", "Sisters of Charity", "Hospital of the University"
    }
    boolean tag = t.start() > 0 && "#@".indexOf(n.text().charAt(t.start() - 1)) >= 0;
    return t.hasLetter() && !tag && n.isUpperCaseInOriginal(t.start()); // #FOAMrad is no name
  }

  private static boolean specific(TextNormalizer.Normalized n, Token t) {
    String w = t.text();
    return w.length() >= 3
        && !GENERIC.contains(w)
        && !HEADS.contains(w)
        && !MedicalEponyms.HEAD_NOUNS.contains(w)
        && n.isUpperCaseInOriginal(t.start());
  }
}
