/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds written dates in normalised text, in the forms people and devices write: ISO ({@code
 * 2024-03-05}), DICOM ({@code 20240305}), US and European numeric ({@code 03/05/2024}, {@code
 * 5.3.24} — both readings are kept when ambiguous), and spelled months ({@code 5 March 2024},
 * {@code March 5th, 2024}, {@code 05-Mar-2024}, {@code 2024 Mar 5}) in English, French, German and
 * Spanish. Only full dates count: a month and year alone identifies no one.
 *
 * <p>Before matching, letters OCR confuses with digits (o, l, i, |) are read as digits where they
 * touch a digit, so {@code 2O24-O3-O5} still matches.
 */
final class DateFormats {

  private DateFormats() {}

  /** A date written at [start, end) of the normalised text, with every reading it allows. */
  record Found(int start, int end, Set<LocalDate> readings) {}

  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH =
      "("
          + String.join(
              "|", MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
          + ")(?![a-z])\\.?";
  private static final String ORD = "(?:st|nd|rd|th|er|e)?";
  private static final String SEP = "[\\s\\-./,]*";

  private static final Pattern ISO =
      Pattern.compile("(?<![0-9])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![0-9])");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![0-9])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![0-9])");
  private static final Pattern COMPACT = Pattern.compile("(?<![0-9])(\\d{8})(?![0-9])");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![0-9])(\\d{1,2})"
              + ORD
              + "(?:\\s+of)?"
              + SEP
              + MONTH
              + SEP
              + "'?(\\d{4}|\\d{2})"
              + "(?![0-9])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<![a-z])"
              + MONTH
              + SEP
              + "(\\d{1,2})"
              + ORD
              + "[\\s\\-./,]+'?(\\d{4}|\\d{2})"
              + "(?![0-9])");
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile("(?<![0-9])(\\d{4})" + SEP + MONTH + SEP + "(\\d{1,2})(?![0-9])");

  /** Every date written in {@code normalized} (lower-case, as {@link TextNormalizer} makes it). */
  static List<Found> find(String normalized) {
    String text = digitFold(normalized);
    List<Found> out = new ArrayList<>();
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      add(out, m, readings(m.group(1), m.group(3), m.group(4)));
    }
    m = NUMERIC.matcher(text);
    while (m.find()) {
      Set<LocalDate> r = new LinkedHashSet<>();
      for (int year : years(m.group(4))) {
        r.addAll(readings(year, m.group(1), m.group(3))); // US: month first
        r.addAll(readings(year, m.group(3), m.group(1))); // European: day first
      }
      add(out, m, r);
    }
    m = COMPACT.matcher(text);
    while (m.find()) {
      String s = m.group(1);
      add(out, m, readings(s.substring(0, 4), s.substring(4, 6), s.substring(6, 8)));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      add(out, m, spelled(m.group(3), MONTHS.get(m.group(2)), m.group(1)));
    }
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      add(out, m, spelled(m.group(3), MONTHS.get(m.group(1)), m.group(2)));
    }
    m = YEAR_MONTH_DAY.matcher(text);
    while (m.find()) {
      add(out, m, spelled(m.group(1), MONTHS.get(m.group(2)), m.group(3)));
    }
    return out;
  }

  private static final String EN_MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?![a-z])\\.?";
  private static final String EN_ORD = "(st|nd|rd|th)?";
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?<![0-9.,/:])(\\d{1,2})" + EN_ORD + "(\\s+of)?" + SEP + EN_MONTH);
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?<![a-z])"
              + EN_MONTH
              + SEP
              + "(?:the\\s+)?(\\d{1,2})"
              + EN_ORD
              + "(?![0-9]|[.,]\\d|\\s*(?:mm|cm|m|kg|g|ml|%|h|hrs?|min|y|yo|years?|days?|weeks?)\\b)");

  /**
   * Day and month written without a year, English month names only ({@code Dec. 4th}, {@code 4
   * December}, {@code the 4th of May}), as [start, end) spans of {@code normalized}. "May" and
   * "March" are also words ("3 may be", "march fracture"): with them an ordinal or "of" is needed.
   */
  static List<int[]> findDayAndMonth(String normalized) {
    String text = digitFold(normalized);
    List<int[]> out = new ArrayList<>();
    Matcher m = DAY_MONTH.matcher(text);
    while (m.find()) {
      boolean marked = m.group(2) != null || m.group(3) != null;
      addDayMonth(out, m, m.group(1), m.group(4), marked);
    }
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      addDayMonth(out, m, m.group(2), m.group(1), m.group(3) != null);
    }
    return out;
  }

  private static void addDayMonth(
      List<int[]> out, Matcher m, String day, String month, boolean marked) {
    boolean word = month.equals("may") || month.equals("march");
    Integer mm = MONTHS.get(month);
    if ((word && !marked) || mm == null) {
      return;
    }
    if (!readings(2000, Integer.toString(mm), day).isEmpty()) { // 2000 is a leap year
      out.add(new int[] {m.start(), m.end()});
    }
  }

  /** Parses a DICOM DA value (YYYYMMDD, or the old YYYY.MM.DD). */
  static Optional<LocalDate> parseDicomDate(String value) {
    String digits = value.replaceAll("[^0-9]", "");
    if (digits.length() < 8) {
      return Optional.empty();
    }
    Set<LocalDate> r =
        readings(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6, 8));
    return r.stream().findFirst();
  }

  private static void add(List<Found> out, Matcher m, Set<LocalDate> readings) {
    if (!readings.isEmpty()) {
      out.add(new Found(m.start(), m.end(), readings));
    }
  }

  private static Set<LocalDate> spelled(String year, Integer month, String day) {
    Set<LocalDate> r = new LinkedHashSet<>();
    if (month == null) {
      return r;
    }
    for (int y : years(year)) {
      r.addAll(readings(y, Integer.toString(month), day));
    }
    return r;
  }

  private static Set<LocalDate> readings(String year, String month, String day) {
    return readings(Integer.parseInt(year), month, day);
  }

  private static Set<LocalDate> readings(int year, String month, String day) {
    try {
      return Set.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Set.of();
    }
  }

  /** A two-digit year could be either century. */
  private static int[] years(String y) {
    int v = Integer.parseInt(y);
    return y.length() == 4 ? new int[] {v} : new int[] {1900 + v, 2000 + v};
  }

  /** Reads o, l, i and | as digits where they touch a digit (same length, offsets kept). */
  static String digitFold(String s) {
    char[] c = s.toCharArray();
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < c.length; i++) {
        char d = digitLike(c[i]);
        if (d != 0
            && ((i > 0 && Character.isDigit(c[i - 1]))
                || (i + 1 < c.length && Character.isDigit(c[i + 1])))) {
          c[i] = d;
        }
      }
    }
    return new String(c);
  }

  private static char digitLike(char c) {
    return switch (c) {
      case 'o' -> '0';
      case 'l', 'i', '|' -> '1';
      default -> 0;
    };
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "janvier", "januar", "enero", "ene", "janv"},
      {"february", "feb", "fevrier", "fev", "februar", "febrero", "fevr"},
      {"march", "mar", "mars", "marz", "maerz", "marzo", "mrz"},
      {"april", "apr", "avril", "avr", "abril", "abr"},
      {"may", "mai", "mayo"},
      {"june", "jun", "juin", "juni", "junio"},
      {"july", "jul", "juillet", "juil", "juli", "julio"},
      {"august", "aug", "aout", "agosto"},
      {"september", "sep", "sept", "septembre", "septiembre"},
      {"october", "oct", "octobre", "oktober", "okt", "octubre"},
      {"november", "nov", "novembre", "noviembre"},
      {"december", "dec", "decembre", "dezember", "dez", "diciembre", "dic"}
    };
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        map.put(n, i + 1);
      }
    }
    return Map.copyOf(map);
  }
}
