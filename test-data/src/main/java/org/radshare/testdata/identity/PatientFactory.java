/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.identity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invents patients and studies deterministically from a seed. Phone numbers use the fictional
 * 555-01xx range, e-mail addresses the reserved example.* domains; institutions, streets and towns
 * are made up.
 */
public final class PatientFactory {

  private static final List<String[]> INSTITUTIONS =
      List.of(
          new String[] {"Riverbend Memorial Hospital", "1200 Kestrel Road, Ashbury, ZZ 04127"},
          new String[] {"Klinikum Lindenhöhe", "Am Weiher 7, 99412 Neustadt am Weiher"},
          new String[] {"Hôpital Sainte-Aurélie", "14 rue des Tilleuls, 79650 Valmont-sur-Orne"},
          new String[] {
            "St. Brennock's University Hospital", "Quay Street, Carrigdown, Co. Ardlow"
          },
          new String[] {"Northgate Regional Imaging Centre", "88 Hollins Way, Fairhaven FH2 9QX"},
          new String[] {"Ospedale San Teodoro", "Via dei Gelsomini 31, 40199 Valmarina"},
          new String[] {"Fjordvik Universitetssykehus", "Sjøgata 4, 9905 Fjordvik"});

  private static final List<String> STREETS =
      List.of(
          "Orchard Lane",
          "Lindenstraße",
          "Maple Crest Avenue",
          "Rue des Glycines",
          "Harrow Close",
          "Birchwood Drive",
          "Via Roma");

  private static final List<String> TOWNS =
      List.of("Fairhaven", "Ashbury", "Carrigdown", "Valmarina", "Neustadt am Weiher");

  private static final List<String> AREA_CODES = List.of("212", "617", "303", "415", "503");

  private static final List<String> STATIONS =
      List.of("CT-SCAN-03", "MR1_NEURO", "US-ER-2", "DX_ROOM4", "WS-READ-17", "SCAN-DESK-2");

  private PatientFactory() {}

  /** A patient and study invented from {@code seed}; {@code cjk} gives an ideographic name. */
  public static Patient create(long seed, boolean cjk, int minAge, int maxAge) {
    Random r = new Random(seed);
    PersonName name = cjk ? NameBank.cjkPatient(r) : NameBank.patient(r);
    return create(r, name, minAge, maxAge);
  }

  /** A patient with a chosen (still invented) family and given name, e.g. a hard spelling case. */
  public static Patient named(long seed, String family, String given, int minAge, int maxAge) {
    Random r = new Random(seed);
    return create(r, new PersonName(family, given, "", "", "", "", true), minAge, maxAge);
  }

  private static Patient create(Random r, PersonName name, int minAge, int maxAge) {
    LocalDate study = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(6 * 365));
    int age = minAge + r.nextInt(maxAge - minAge + 1);
    LocalDate birth = study.minusYears(age).minusDays(1 + r.nextInt(360));
    int ageYears = Period.between(birth, study).getYears();
    LocalTime time = LocalTime.of(7 + r.nextInt(12), r.nextInt(60), r.nextInt(60));
    String[] inst = NameBank.pick(r, INSTITUTIONS);
    String area = NameBank.pick(r, AREA_CODES);
    String phone = "(" + area + ") 555-01" + twoDigits(r);
    String emailUser =
        PersonName.stripDiacritics(name.given() + "." + name.family())
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z.]", "");
    return new Patient(
        name,
        patientId(r),
        NameBank.pick(r, List.of("RBMH", "KLH-PAT", "HSA-IPP", "SBUH.MRN", "NRIC")),
        List.of(otherId(r), "NHS" + (9000000000L + r.nextInt(99999999))),
        birth,
        r.nextBoolean() ? "F" : "M",
        ageYears,
        accession(r, study),
        study,
        time,
        inst[0],
        inst[1],
        (1 + r.nextInt(180)) + " " + NameBank.pick(r, STREETS) + ", " + NameBank.pick(r, TOWNS),
        phone,
        emailUser + "@example.org",
        NameBank.staff(r, true),
        NameBank.staff(r, true),
        NameBank.staff(r, false),
        NameBank.pick(r, STATIONS),
        "SN" + (100000 + r.nextInt(900000)),
        "RP" + (10000 + r.nextInt(90000)));
  }

  private static String twoDigits(Random r) {
    return String.format(Locale.ROOT, "%02d", r.nextInt(100));
  }

  private static String patientId(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> String.valueOf(1000000 + r.nextInt(9000000));
      case 1 -> "E" + (100000000 + r.nextInt(900000000));
      case 2 -> String.format(Locale.ROOT, "MRN%08d", r.nextInt(100000000));
      default -> "RS-" + (1000 + r.nextInt(9000)) + "-" + (1000 + r.nextInt(9000));
    };
  }

  private static String otherId(Random r) {
    return String.format(Locale.ROOT, "X%07d", r.nextInt(10000000));
  }

  private static String accession(Random r, LocalDate study) {
    return r.nextBoolean()
        ? "A" + study.getYear() + "-" + (100000 + r.nextInt(900000))
        : "ACC" + (10000000 + r.nextInt(90000000));
  }
}
