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
 * Identifiers a person types into free text that no header needs to know: any full date or day and
 * month ({@code 04/12/2026}, {@code 4 Dec 2026}, {@code Dec. 4th}), bare SSNs and
 * record-number-like digit runs ({@code 123456789}, {@code 1234-5678}), ZIP codes, IP addresses,
 * VINs, licence plates, ages over 89 in words ({@code ninety-two-year-old}), names after cue words
 * and honorifics ({@link CueNames}) and institution names ({@link InstitutionNames}). Together with
 * {@link SafeHarborPatterns} they are what the text screen finds without a header.
 *
 * <p>Every text that leaves with a post is checked against them; they are not used on text read off
 * the pixels, where overlays carry counters and dates that the pixel classifier judges itself.
 * Decisions, for precision on teaching captions: a year alone or a month and year is no date; a
 * bare 5-digit number is no ZIP code unless a state code or a label says so ({@code CPT 74177}
 * stays); digit runs need 8 digits and are not decimals or lists of years; plates need a label or
 * the strict UK format in capitals.
 */
public final class FreeTextIdentifiers {

  public static final String DATE = "Date";
  public static final String ID_NUMBER = "IdentifierNumber";
  public static final String ZIP = "ZipCode";
  public static final String IP = "IpAddress";
  public static final String VIN = "VehicleId";
  public static final String PLATE = "LicensePlate";

  private FreeTextIdentifiers() {}

  private static final Pattern DIGIT_RUN =
      Pattern.compile("(?<![0-9.,])\\d{2,}+(?:[-/_]\\d{2,}+|\\s\\d{3,}+){0,4}(?![0-9]|[.,]\\d)");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern ZIP_PLUS4 = Pattern.compile("(?<![0-9-])\\d{5}-\\d{4}(?![0-9-])");
  private static final Pattern ZIP_LABELLED =
      Pattern.compile(
          "(?<![a-z])(?:zip(?:\\s*code)?|postcode|postal\\s+code)\\s*:?\\s*(\\d{5})(?![0-9])");
  private static final Pattern ZIP_AFTER_STATE =
      Pattern.compile("(?<![a-z])([a-z]{2}),?\\s+(\\d{5})(?![0-9])");
  private static final Pattern IPV4 =
      Pattern.compile(
          "(?<![0-9.a-z])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)"
              + "(?![0-9]|\\.\\d)");
  private static final Pattern IPV6 =
      Pattern.compile("(?<![0-9a-z:])[0-9a-f]{0,4}(?::{1,2}[0-9a-f]{0,4}){2,7}(?![0-9a-z:])");
  private static final Pattern VIN_PATTERN =
      Pattern.compile("(?<![a-z0-9])[a-hj-npr-z0-9]{17}(?![a-z0-9])");
  private static final Pattern PLATE_LABELLED =
      Pattern.compile(
          "(?<![a-z])(?:licen[cs]e\\s+plate|number\\s+plate|plate|registration|reg|tag)"
              + "\\s*(?:no\\.?|number|#)?\\s*[:#]?\\s*"
              + "([a-z0-9]{1,4}(?:[\\s-]?[a-z0-9]{1,4}){1,2})(?![a-z0-9])");
  private static final Pattern PLATE_UK =
      Pattern.compile("(?<![a-z0-9])[a-z]{2}\\d{2}\\s?[a-z]{3}(?![a-z0-9])");
  private static final String UNITS =
      "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
  private static final String AGE_WORD =
      "(?:ninety(?:[\\s-]+"
          + UNITS
          + ")?|(?:one|a)?[\\s-]*hundred(?:[\\s-]+(?:and[\\s-]+)?"
          + "(?:"
          + UNITS
          + "|twenty|thirty|forty|fifty))?)";
  private static final Pattern AGE_IN_WORDS =
      Pattern.compile(
          "(?<![a-z])(?:"
              + AGE_WORD
              + "[\\s-]*(?:(?:years?|yrs?)(?:[\\s-]*old|\\s+of\\s+age)|y/?o)"
              + "|(?:aged?|age\\s+of)\\s+"
              + AGE_WORD
              + "|(?:in\\s+(?:his|her|their)\\s+(?:late\\s+|early\\s+|mid[\\s-]*)?)nineties"
              + ")(?![a-z])");

  /** US state and territory codes, for a ZIP written after one ({@code Boston, MA 02115}). */
  private static final java.util.Set<String> STATES =
      java.util.Set.of(
          "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia",
          "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj",
          "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt",
          "va", "wa", "wv", "wi", "wy", "dc", "pr", "vi", "gu");

  /** State codes that are also radiology words (CT, PA view, MS, OR…): no ZIP after them. */
  private static final java.util.Set<String> NOT_STATES =
      java.util.Set.of("ct", "pa", "ms", "me", "or", "in", "mr", "md");

  /** Every header-free identifier in {@code text}, in order, offsets into {@code text}. */
  public static List<PhiMatch> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    TextNormalizer.Normalized n = TextNormalizer.normalize(text);
    String s = n.text();
    List<Hit> hits = new ArrayList<>();
    for (DateFormats.Found f : DateFormats.find(s)) {
      hits.add(new Hit(f.start(), f.end(), DATE));
    }
    for (int[] span : DateFormats.findDayAndMonth(s)) {
      hits.add(new Hit(span[0], span[1], DATE));
    }
    digitRuns(s, hits);
    SafeHarborPatterns.collect(s, ZIP_PLUS4, ZIP, hits);
    Matcher m = ZIP_LABELLED.matcher(s);
    while (m.find()) {
      hits.add(new Hit(m.start(), m.end(), ZIP));
    }
    m = ZIP_AFTER_STATE.matcher(s);
    while (m.find()) {
      if (STATES.contains(m.group(1))
          && !NOT_STATES.contains(m.group(1))
          && upperInOriginal(n, m.start(1), m.end(1))) {
        hits.add(new Hit(m.start(2), m.end(2), ZIP));
      }
    }
    SafeHarborPatterns.collect(s, IPV4, IP, hits);
    ipv6(s, hits);
    vins(s, hits);
    plates(n, hits);
    SafeHarborPatterns.collect(s, AGE_IN_WORDS, SafeHarborPatterns.AGE_OVER_89, hits);
    hits.addAll(CueNames.find(n));
    hits.addAll(InstitutionNames.find(n));
    return PhiLexicon.matches(n, hits);
  }

  /**
   * Record-number-like runs: 8+ digits, alone or in groups, that are not only years; a run of
   * exactly 9 digits in one group reads as a bare SSN.
   */
  private static void digitRuns(String s, List<Hit> hits) {
    Matcher m = DIGIT_RUN.matcher(s);
    while (m.find()) {
      String[] groups = m.group().split("[-/_\\s]");
      long digits = m.group().chars().filter(Character::isDigit).count();
      boolean years = groups.length > 1;
      for (String g : groups) {
        years &= YEAR.matcher(g).matches();
      }
      if (digits >= 8 && !years) {
        boolean ssn = groups.length == 1 && digits == 9;
        hits.add(new Hit(m.start(), m.end(), ssn ? SafeHarborPatterns.SSN_LIKE : ID_NUMBER));
      }
    }
  }

  /** IPv6: 3+ groups with a {@code ::} or 6+ groups, one of them longer than a clock's. */
  private static void ipv6(String s, List<Hit> hits) {
    Matcher m = IPV6.matcher(s);
    while (m.find()) {
      String v = m.group();
      String[] groups = v.split(":", -1);
      boolean compressed = v.contains("::");
      boolean hexy = false;
      for (String g : groups) {
        hexy |= g.length() > 2 || g.chars().anyMatch(Character::isLetter);
      }
      long filled = java.util.Arrays.stream(groups).filter(g -> !g.isEmpty()).count();
      if (hexy && filled >= 3 && (compressed || groups.length >= 6)) {
        hits.add(new Hit(m.start(), m.end(), IP));
      }
    }
  }

  private static void vins(String s, List<Hit> hits) {
    Matcher m = VIN_PATTERN.matcher(s);
    while (m.find()) {
      long digits = m.group().chars().filter(Character::isDigit).count();
      if (digits >= 3 && digits <= 14) {
        hits.add(new Hit(m.start(), m.end(), VIN));
      }
    }
  }

  private static void plates(TextNormalizer.Normalized n, List<Hit> hits) {
    String s = n.text();
    Matcher m = PLATE_LABELLED.matcher(s);
    while (m.find()) {
      String v = m.group(1).replaceAll("[\\s-]", "");
      boolean mixed =
          v.chars().anyMatch(Character::isDigit) && v.chars().anyMatch(Character::isLetter);
      boolean spineLevels = v.matches("(?:[ctlsd]\\d{1,2}){1,3}");
      if (mixed && !spineLevels && v.length() >= 4 && v.length() <= 8) {
        hits.add(new Hit(m.start(1), m.end(1), PLATE));
      }
    }
    m = PLATE_UK.matcher(s);
    while (m.find()) {
      if (upperInOriginal(n, m.start(), m.end())) {
        hits.add(new Hit(m.start(), m.end(), PLATE));
      }
    }
  }

  /** True if every letter of [start, end) of the normalised text was upper case as typed. */
  static boolean upperInOriginal(TextNormalizer.Normalized n, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetter(n.text().charAt(i)) && !n.isUpperCaseInOriginal(i)) {
        return false;
      }
    }
    return true;
  }
}
