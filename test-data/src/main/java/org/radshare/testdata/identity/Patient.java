/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.identity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * Everything identifying about one invented patient and study: what the DICOM header holds and what
 * fixtures burn into pixels or write into captions.
 */
public record Patient(
    PersonName name,
    String patientId,
    String issuer,
    List<String> otherIds,
    LocalDate birthDate,
    String sex,
    int ageYears,
    String accession,
    LocalDate studyDate,
    LocalTime studyTime,
    String institution,
    String institutionAddress,
    String patientAddress,
    String phone,
    String email,
    PersonName referring,
    PersonName performing,
    PersonName operator,
    String station,
    String deviceSerial,
    String requestedProcedureId) {

  /** Age string as DICOM writes it ("073Y"). */
  public String dicomAge() {
    return String.format(Locale.ROOT, "%03dY", ageYears);
  }

  /** "837-7162": the patient ID split by a separator, as some devices print it. */
  public String idWithSeparators(char sep) {
    String id = patientId.replaceAll("[^A-Za-z0-9]", "");
    int cut = id.length() / 2;
    return id.substring(0, cut) + sep + id.substring(cut);
  }
}
