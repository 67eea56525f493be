/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names of people the header does not know, found by the word before them: an honorific ({@code Mr.
 * Okafor's scan}, {@code Dr Adeyemi}) or a cue that introduces a person ({@code Patient Jane Roe,
 * 61F}, {@code referred by Kowalczyk}, {@code name: Roe}). Anyone named in a post identifies
 * someone: another patient, a relative, the referring doctor.
 *
 * <p>After an honorific (Mr, Mrs, Ms, Dr, Prof…, not {@code MS} or {@code MR} in capitals) the next
 * word is a name unless it is an everyday word; after another cue it must also be written
 * capitalised, must not be a single letter ({@code Patient X}), an acronym ({@code Patient CT}) or
 * an eponym in use ({@code patient Crohn disease}). Up to three further name-like words and
 * initials join the name ({@code Jane Q. Roe}).
 */
final class CueNames {

  static final String CATEGORY = "PersonName";

  private CueNames() {}

  /** Honorifics after which even a lower-case word is a name ({@code mr okafor}). */
  private static final Set<String> HONORIFICS =
      MedicalEponyms.words(
          """
          mr mrs ms mx dr prof mister mme mlle herr frau sra srta dra drs
          """);

  /** Words after which a capitalised word is a name ({@code Patient Jane Roe}). */
  private static final Set<String> CUES =
      MedicalEponyms.words(
          """
          patient pt pts patients name named nee by miss doctor professor sir dame madam nurse
          sister reverend rev pastor rabbi imam captain capt sgt colonel son daughter wife husband
          mother father brother baby infant boy girl man woman gentleman lady mom mum dad friend
          neighbour neighbor attending resident radiologist referrer referring surgeon physician
          consultant colleague technologist radiographer sonographer registrar gp
          """);

  /** Title-case words that often follow "Patient" in a heading but name nobody. */
  private static final Set<String> NOT_NAMES =
      MedicalEponyms.words(
          """
          safety consent positioning preparation history information education care experience
          dose outcome outcomes advocate zero first centered centred portal journey voice voices
          perspective related reported selection motion movement factors demographics
          identification identifier privacy data records record monitoring transport flow
          satisfaction engagement comfort instructions quiz case cases day week month year age sex
          gender male female unknown anonymous redacted doe questions question answer teaching
          learning radiology imaging scan scans study series image images view views left right
          bilateral status update follow followup consultation referral request requests results
          result finding findings the a an of and with without had has was is who whose from in on
          at for after
          """);

  static List<Hit> find(TextNormalizer.Normalized n) {
    List<Hit> out = new ArrayList<>();
    String text = n.text();
    List<Token> tokens = Token.split(text);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String cue = tokens.get(i).text();
      boolean honorific = HONORIFICS.contains(cue) && !acronym(n, tokens.get(i));
      if (!honorific && !CUES.contains(cue)) {
        continue;
      }
      if (cue.equals("by") && !previousIs(tokens, i, "referred", "reported", "read", "signed")) {
        continue;
      }
      String gap = text.substring(tokens.get(i).end(), tokens.get(i + 1).start());
      if (!gap.matches("\\.?\\s?[:,]?\\s?")) {
        continue;
      }
      int end = -1;
      for (int j = i + 1; j < tokens.size() && j <= i + 4; j++) {
        if (j > i + 1 && !TermMatcher.adjacent(text, tokens.get(j - 1), tokens.get(j))) {
          break;
        }
        boolean initial = j > i + 1 && isInitial(n, tokens.get(j));
        if (!initial && !nameLike(n, tokens, j, honorific && j == i + 1)) {
          break;
        }
        end = j;
      }
      while (end > i && isInitial(n, tokens.get(end))) {
        end--; // a name ends with a word, not an initial
      }
      boolean eponym =
          end + 1 < tokens.size() && MedicalEponyms.HEAD_NOUNS.contains(tokens.get(end + 1).text());
      if (end > i && !eponym) { // "Sister Mary Joseph nodule" names a sign
        out.add(new Hit(tokens.get(i + 1).start(), tokens.get(end).end(), CATEGORY));
        i = end;
      }
    }
    return out;
  }

  /**
   * {@code MS}, {@code MR}, {@code DR} in capitals in mixed-case text are multiple sclerosis,
   * magnetic resonance and digital radiography, not honorifics.
   */
  private static boolean acronym(TextNormalizer.Normalized n, Token t) {
    boolean textAllCaps = n.original().equals(n.original().toUpperCase(java.util.Locale.ROOT));
    return !textAllCaps && FreeTextIdentifiers.upperInOriginal(n, t.start(), t.end());
  }

  private static boolean previousIs(List<Token> tokens, int i, String... words) {
    return i > 0 && List.of(words).contains(tokens.get(i - 1).text());
  }

  private static boolean isInitial(TextNormalizer.Normalized n, Token t) {
    return t.text().length() == 1 && t.hasLetter() && n.isUpperCaseInOriginal(t.start());
  }

  /**
   * Whether token {@code j} can be (part of) a name: letters only, 2+ of them, not an everyday or
   * heading word, written capitalised unless right after an honorific, not an acronym.
   */
  private static boolean nameLike(
      TextNormalizer.Normalized n, List<Token> tokens, int j, boolean afterHonorific) {
    Token t = tokens.get(j);
    String w = t.text();
    if (w.length() < 2 || !w.chars().allMatch(Character::isLetter)) {
      return false;
    }
    if (HONORIFICS.contains(w) || CUES.contains(w) || NOT_NAMES.contains(w)) {
      return false;
    }
    boolean capital = n.isUpperCaseInOriginal(t.start());
    boolean allCaps = FreeTextIdentifiers.upperInOriginal(n, t.start(), t.end());
    if (CommonWords.contains(w) && !(afterHonorific && capital)) {
      return false; // "Dr White" is a name; "patient had" is not
    }
    if (afterHonorific) {
      return true;
    }
    if (!capital || (allCaps && w.length() <= 4)) {
      return false; // lower case after "patient" is prose; short capitals are acronyms
    }
    return !MedicalEponyms.usedAsEponym(n.text(), tokens, j, w)
        && !MedicalEponyms.HEAD_NOUNS.contains(w);
  }
}
