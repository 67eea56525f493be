/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.identity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The ways a date or time is written on screens and in captions, and the DICOM forms of the header.
 * One place so that the generator and its tests agree.
 */
public final class DateForms {

  /** ISO, European, US, dotted European, DICOM and two spelled-month forms. */
  public static final List<DateTimeFormatter> DATE_FORMS =
      List.of(
          DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT),
          DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT),
          DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT),
          DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT),
          DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH));

  private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  private static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss", Locale.ROOT);

  private DateForms() {}

  /** {@code date} written in form {@code i} of {@link #DATE_FORMS}. */
  public static String format(LocalDate date, int i) {
    return DATE_FORMS.get(i % DATE_FORMS.size()).format(date);
  }

  /** Every written form of {@code date}. */
  public static List<String> all(LocalDate date) {
    return DATE_FORMS.stream().map(f -> f.format(date)).toList();
  }

  /** DICOM DA. */
  public static String da(LocalDate d) {
    return DA.format(d);
  }

  /** DICOM TM. */
  public static String tm(LocalTime t) {
    return TM.format(t);
  }

  /** DICOM DT with fractional seconds. */
  public static String dt(LocalDateTime t) {
    return DA.format(t) + TM.format(t) + ".000000";
  }

  /** Parses a DICOM DA value. */
  public static LocalDate parseDa(String da) {
    return LocalDate.parse(da, DA);
  }
}
