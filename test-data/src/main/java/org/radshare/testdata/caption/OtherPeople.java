/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.caption;

import java.util.List;
import java.util.Random;

/**
 * People and places that no header of the set names: another patient, a relative or a referring
 * doctor introduced by a cue word or honorific, and invented hospitals, clinics and universities.
 * Every name here is invented from these lists; none is a medical eponym.
 */
final class OtherPeople {

  private OtherPeople() {}

  private static final List<String> FAMILY =
      List.of(
          "Roe",
          "Okonjo",
          "Adeyemi",
          "Varga",
          "Lindqvist",
          "Abernathy",
          "Kowalczyk",
          "Nakagawa",
          "Oyelaran",
          "Brannigan",
          "Szab\u00f3",
          "Mbeki",
          "Quintero",
          "Halvorsen",
          "Castellano",
          "Delacroix-Ruiz",
          "Farouk",
          "Ivanova",
          "Teixeira",
          "Whitlock");
  private static final List<String> GIVEN =
      List.of(
          "Jane", "Amara", "Tobias", "Ingrid", "Mateo", "Priya", "Kwame", "Sione", "Leilani",
          "Dariusz", "Yusuf", "Marisol", "Henrik", "Nadia", "Oskar");
  private static final List<String> PLACES =
      List.of(
          "Lakeshore",
          "Northfield",
          "Brookhaven",
          "Eastmoor",
          "Westbury",
          "Ravenscroft",
          "Millbrook",
          "Oakridge",
          "Pinecrest",
          "Stonebridge",
          "Fairhollow",
          "Kestrel Bay");
  private static final List<String> SAINTS = List.of("Brigid", "Columba", "Anselm", "Hilda");

  /** "Patient Jane Roe, 61F", "Mr. Okonjo's scan", "referred by Dr Varga"… */
  static void cueName(Caption c, Random r) {
    String family = HardCaptions.pick(r, FAMILY);
    String given = HardCaptions.pick(r, GIVEN);
    String full = given + " " + family;
    String p = "PersonName";
    switch (r.nextInt(9)) {
      case 0 ->
          c.t("Patient ").p(full, p).t(", " + (20 + r.nextInt(60)) + (r.nextBoolean() ? "F" : "M"));
      case 1 -> c.t("Mr. ").p(family, p).t("'s scan");
      case 2 -> c.t("Mrs ").p(family, p).t(" again");
      case 3 -> c.t("referred by Dr ").p(family, p);
      case 4 -> c.t("thanks to Dr. ").p(full, p);
      case 5 -> c.t("Pt: ").p(full, p);
      case 6 -> c.t("her husband ").p(given, p).t(" drove her in");
      case 7 -> c.t("mr ").p(family.toLowerCase(java.util.Locale.ROOT), p).t(" was lucky");
      default -> c.t("Prof ").p(family, p).t(" asked for this one");
    }
  }

  /** "Lakeshore Children's Hospital", "St. Brigid's Medical Center", "University of Westbury"… */
  static void institution(Caption c, Random r) {
    String place = HardCaptions.pick(r, PLACES);
    String name =
        switch (r.nextInt(7)) {
          case 0 -> place + " Children's Hospital";
          case 1 -> "St. " + HardCaptions.pick(r, SAINTS) + "'s Medical Center";
          case 2 -> "University of " + place;
          case 3 -> place + " General Hospital";
          case 4 -> place + " Clinic";
          case 5 -> place + " Regional Medical Centre";
          default -> "Saint " + HardCaptions.pick(r, SAINTS) + " Infirmary";
        };
    c.t(r.nextBoolean() ? "courtesy of " : "from ").p(name, "InstitutionName");
  }
}
