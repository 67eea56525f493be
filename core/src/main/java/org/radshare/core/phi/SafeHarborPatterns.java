/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HIPAA Safe Harbor identifiers that can be recognised without the header: telephone numbers,
 * e-mail addresses, URLs carrying an identifier, ages over 89, street addresses, SSN-like numbers
 * and labelled medical record numbers. They catch what the lexicon cannot know — a phone number
 * typed into a caption, an age, an address that was never in the header.
 *
 * <p>Patterns run on {@link TextNormalizer normalised} text, so homoglyph or zero-width tricks do
 * not hide an e-mail address; offsets of the results refer to the original text. Decisions: a URL
 * is identifying only when its path or query carries a number of 4+ digits or an identifying
 * parameter ({@code id=}, {@code mrn=}, {@code patient=}…), so {@code https://radiopaedia.org} is
 * not flagged but a link to a numbered case is (it can lead back to the patient). Ages count from
 * 90 (Safe Harbor allows 89 and below). Street addresses need a house number, a name that is not
 * medical vocabulary ({@code 3 lesions in place} is no address) and a street word.
 */
public final class SafeHarborPatterns {

  public static final String PHONE = "Phone";
  public static final String EMAIL = "Email";
  public static final String URL = "Url";
  public static final String AGE_OVER_89 = "AgeOver89";
  public static final String STREET_ADDRESS = "StreetAddress";
  public static final String SSN_LIKE = "SsnLike";
  public static final String MEDICAL_RECORD_NUMBER = "MedicalRecordNumber";

  private SafeHarborPatterns() {}

  private static final Pattern EMAIL_PATTERN =
      Pattern.compile(
          "(?<![a-z0-9._%+-])[a-z0-9._%+-]+(?:@|\\s*[\\[(]\\s*at\\s*[\\])]\\s*)[a-z0-9-]+"
              + "(?:(?:\\.|\\s*[\\[(]\\s*dot\\s*[\\])]\\s*)[a-z0-9-]+)*"
              + "(?:\\.|\\s*[\\[(]\\s*dot\\s*[\\])]\\s*)[a-z]{2,}(?![a-z0-9])");
  private static final Pattern URL_PATTERN =
      Pattern.compile("(?<![a-z0-9])(?:https?://|www\\.)[^\\s<>\"'`]+");
  private static final Pattern URL_IDENTIFIER =
      Pattern.compile(
          "\\d{4,}|[?&;](?:id|mrn|pid|patient\\w*|name|dob|ssn|acc\\w*|study\\w*|record\\w*)=");
  private static final Pattern SSN =
      Pattern.compile("(?<![0-9-])\\d{3}([- ])\\d{2}\\1\\d{4}(?![0-9-])");
  private static final Pattern PHONE_US =
      Pattern.compile(
          "(?<![0-9+])(?:\\+?1[\\s.-]?)?(?:\\([2-9]\\d{2}\\)|[2-9]\\d{2})[\\s.-]?\\d{3}[\\s.-]?\\d{4}"
              + "(?![0-9])");
  private static final Pattern PHONE_INTERNATIONAL =
      Pattern.compile("(?<![0-9])\\+\\d{1,3}(?:[\\s.-]?\\(?\\d{1,5}+\\)?){2,6}(?![0-9])");
  private static final Pattern PHONE_DOMESTIC =
      Pattern.compile(
          "(?<![0-9.,])(?:0\\d{2,4}[\\s-]\\d{3,4}[\\s-]?\\d{3,4}|0\\d(?:[\\s.]\\d{2}){4})(?![0-9])");
  private static final Pattern PHONE_LABELLED =
      Pattern.compile(
          "(?<![a-z])(?:tel|telephone|phone|ph|mobile|mob|cell|fax|call)\\.?\\s*:?\\s*"
              + "(\\+?[\\d(][\\d\\s().-]{5,22}\\d)");
  private static final Pattern AGE =
      Pattern.compile(
          "(?<![0-9.,-])(?:(9\\d|1[0-4]\\d)\\s*-?\\s*(?:years?|yrs?|yo|y/o|y\\.o\\.?|y)(?:\\s*-?\\s*old)?"
              + "|0(9\\d|1[0-4]\\d)y|(9\\d|1[0-4]\\d)[mf](?![/]))(?![a-z0-9])"
              + "|(?<![a-z])(?:age|aged)\\s*:?\\s*(9\\d|1[0-4]\\d)(?![0-9]|[.,][0-9])"
              + "|(?<![a-z])in\\s+(?:his|her|their)\\s+(?:late\\s+|early\\s+|mid\\s*-?\\s*)?"
              + "(?:9\\d|1[0-4]\\d)s(?![a-z])"
              + "|(?<![a-z])(?:nonagenarian|centenarian|supercentenarian)s?(?![a-z])");
  private static final String STREET_WORDS =
      "street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace"
          + "|ter|way|parkway|pkwy|highway|hwy|square|sq|circle|cir|crescent|cres|row|alley|trail"
          + "|plaza|close|gardens|grove|mews|walk|hill|broadway";
  private static final Pattern STREET_EN =
      Pattern.compile(
          "(?<![0-9a-z.,])(\\d{1,5}[a-z]?),?\\s+((?:[a-z][a-z'-]*\\s+){0,3}?[a-z][a-z'-]*)\\s+(?:"
              + STREET_WORDS
              + ")\\.?(?![a-z])");
  private static final Pattern STREET_ROMANCE =
      Pattern.compile(
          "(?<![0-9a-z.,])\\d{1,5}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av|bd|boulevard|chemin"
              + "|allee|impasse|quai|via|viale|calle|avenida|paseo|rua)\\s+"
              + "(?:(?:de|des|du|la|le|del|della|di|do|da)\\s+)*[a-z][a-z'-]*");
  private static final Pattern STREET_GERMANIC =
      Pattern.compile(
          "(?<![a-z])[a-z][a-z-]*(?:strasse|str\\.|weg|gasse|platz|allee|straat|laan|gade|vej)"
              + "\\s+\\d{1,4}[a-z]?(?![0-9])");
  private static final Pattern PO_BOX = Pattern.compile("(?<![a-z])p\\.?\\s?o\\.?\\s+box\\s+\\d+");
  private static final Pattern MRN =
      Pattern.compile(
          "(?<![a-z])(?:mrn|mr\\s?#|mr\\s?no|urn|medical\\s+record(?:\\s+(?:number|no|#))?"
              + "|patient\\s+(?:id|no|number)|pt\\s+(?:id|no)|hosp(?:ital)?\\s+(?:number|no)"
              + "|nhs(?:\\s+(?:number|no))?|chart(?:\\s+(?:number|no|#))?|record\\s+(?:number|no)"
              + "|acc(?:ession)?(?:\\s+(?:number|no|#))?|case\\s+(?:no|number)|id)"
              + "\\.?\\s*[:#=]?\\s*(?:no\\.?\\s*)?"
              + "([a-z]{0,3}[-]?\\d[\\d -]{2,}\\d[a-z]?|[a-z]{0,3}\\d{4,}[a-z0-9-]*)(?![a-z0-9])");

  /** Every Safe Harbor identifier in {@code text}, in order, offsets into {@code text}. */
  public static List<PhiMatch> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    TextNormalizer.Normalized n = TextNormalizer.normalize(text);
    String s = n.text();
    List<Hit> hits = new ArrayList<>();
    List<Hit> publications = new ArrayList<>();
    collect(s, EMAIL_PATTERN, EMAIL, hits);
    collectUrls(s, hits, publications);
    collect(s, SSN, SSN_LIKE, hits);
    collect(s, PHONE_US, PHONE, hits);
    collectPhones(s, PHONE_INTERNATIONAL, 0, hits);
    collect(s, PHONE_DOMESTIC, PHONE, hits);
    collectPhones(s, PHONE_LABELLED, 1, hits);
    collect(s, AGE, AGE_OVER_89, hits);
    collectStreets(n, hits);
    collect(s, STREET_ROMANCE, STREET_ADDRESS, hits);
    collect(s, STREET_GERMANIC, STREET_ADDRESS, hits);
    collect(s, PO_BOX, STREET_ADDRESS, hits);
    collect(s, MRN, MEDICAL_RECORD_NUMBER, hits);
    // Numbers inside a publication link (a DOI suffix, a PubMed id) are not phones or MRNs.
    hits.removeIf(
        h -> publications.stream().anyMatch(p -> p.start() <= h.start() && h.end() <= p.end()));
    return PhiLexicon.matches(n, hits);
  }

  /** As a {@link PhiMatcher}, for callers that combine matchers. */
  public static PhiMatcher matcher() {
    return SafeHarborPatterns::find;
  }

  /** Adds every match of {@code p} in {@code s} as a hit of {@code category}. */
  static void collect(String s, Pattern p, String category, List<Hit> hits) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      hits.add(new Hit(m.start(), m.end(), category));
    }
  }

  private static void collectUrls(String s, List<Hit> hits, List<Hit> publications) {
    Matcher m = URL_PATTERN.matcher(s);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && ".,;:!?)]}".indexOf(s.charAt(end - 1)) >= 0) {
        end--; // sentence punctuation after a link is not part of it
      }
      String url = s.substring(m.start(), end);
      int hostStart = url.startsWith("www.") ? 0 : url.indexOf("//") + 2;
      int pathStart = url.indexOf('/', hostStart);
      if (isPublication(url.substring(hostStart))) {
        publications.add(new Hit(m.start(), end, URL));
      } else if (pathStart >= 0 && URL_IDENTIFIER.matcher(url.substring(pathStart)).find()) {
        hits.add(new Hit(m.start(), end, URL));
      }
    }
  }

  /**
   * Links to publications (DOIs, PubMed, journals) and encyclopaedia articles carry numbers that
   * identify papers, not patients.
   */
  private static boolean isPublication(String hostAndPath) {
    String h = hostAndPath.startsWith("www.") ? hostAndPath.substring(4) : hostAndPath;
    for (String prefix : PUBLICATION_PREFIXES) {
      if (h.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> PUBLICATION_PREFIXES =
      List.of(
          "doi.org/",
          "dx.doi.org/",
          "pubmed.ncbi.nlm.nih.gov/",
          "ncbi.nlm.nih.gov/pmc/",
          "pmc.ncbi.nlm.nih.gov/",
          "pubs.rsna.org/doi/",
          "ajronline.org/doi/",
          "radiopaedia.org/articles/",
          "arxiv.org/abs/");

  /** Phone candidates whose digit count (8–15, or 7+ when labelled) is plausible. */
  private static void collectPhones(String s, Pattern p, int group, List<Hit> hits) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      long digits = m.group(group).chars().filter(Character::isDigit).count();
      if (digits >= (group == 0 ? 8 : 7) && digits <= 15) {
        hits.add(new Hit(m.start(group), m.end(group), PHONE));
      }
    }
  }

  private static void collectStreets(TextNormalizer.Normalized n, List<Hit> hits) {
    Matcher m = STREET_EN.matcher(n.text());
    while (m.find()) {
      // Abbreviated street words (St, Dr, Ct…) are also clinical abbreviations: with them, the
      // street name must be written capitalised ("12 Elm St", not "12 lead ecg st").
      String suffix = n.text().substring(m.end(2), m.end()).trim().replace(".", "");
      boolean plausible = suffix.length() > 3 || n.isUpperCaseInOriginal(m.start(2));
      for (String word : m.group(2).split("\\s+")) {
        if (CommonWords.contains(word) && !word.equals("main") && !word.equals("high")) {
          plausible = false; // "3 lesions in place", "2 cm from st…" are not addresses
        }
      }
      if (plausible) {
        hits.add(new Hit(m.start(), m.end(), STREET_ADDRESS));
      }
    }
  }
}
