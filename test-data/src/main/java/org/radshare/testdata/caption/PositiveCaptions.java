/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.caption;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.radshare.testdata.identity.DateForms;
import org.radshare.testdata.identity.Patient;
import org.radshare.testdata.identity.PersonName;

/** Caption templates that leak something about the patient or study in the header. */
final class PositiveCaptions {

  /** A template: what it exercises, and how it writes a caption about a patient. */
  record Template(String description, boolean cjkOnly, Function<Patient, Caption> write) {}

  private static final String NAME = "PatientName";

  private PositiveCaptions() {}

  private static String honorific(Patient p) {
    return p.sex().equals("F") ? "Ms " : "Mr ";
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Template t(String d, Function<Patient, Caption> w) {
    return new Template(d, false, w);
  }

  static List<Template> templates() {
    return List.of(
        t(
            "name in DICOM caret form",
            p ->
                new Caption()
                    .t("Case review: ")
                    .p(p.name().caret(), NAME)
                    .t(", CT abdomen. #RadRes")),
        t(
            "name lower case, natural order, possessive",
            p ->
                new Caption()
                    .p(lower(p.name().natural()), NAME)
                    .t("'s follow-up scan looks much better \uD83D\uDE4F")),
        t(
            "name upper case, natural order",
            p ->
                new Caption()
                    .p(p.name().natural().toUpperCase(Locale.ROOT), NAME)
                    .t(" \u2014 post-op day 3, no collection.")),
        t(
            "surname alone with honorific",
            p ->
                new Caption()
                    .t(honorific(p))
                    .p(p.name().family(), NAME)
                    .t("'s liver lesion in the arterial phase")),
        t(
            "initial and surname",
            p ->
                new Caption()
                    .p(p.name().initialSurname(), NAME)
                    .t(", " + p.ageYears() + p.sex() + ": incidental adrenal nodule, 14 mm")),
        t(
            "family, given with comma",
            p ->
                new Caption()
                    .p(p.name().comma(), NAME)
                    .t(" \u2014 staging CT, see thread \uD83E\uDDF5")),
        t(
            "diacritics stripped",
            p ->
                new Caption()
                    .p(PersonName.stripDiacritics(p.name().natural()), NAME)
                    .t(" presented with acute abdominal pain")),
        t(
            "zero-width characters inside the name",
            p ->
                new Caption()
                    .t("Interesting one from today: ")
                    .p(Disguise.invisible(p.name().natural(), p.ageYears()), NAME)),
        t(
            "Cyrillic homoglyphs inside the surname",
            p ->
                new Caption()
                    .t("Follow-up for ")
                    .p(Disguise.homoglyphs(p.name().family()), NAME)
                    .t(", stable disease #oncology")),
        t(
            "given name alone, familiar",
            p ->
                new Caption()
                    .t("Poor ")
                    .p(p.name().given(), NAME)
                    .t(" had a rough night, but look at this pneumoperitoneum")),
        t(
            "birth date ISO",
            p ->
                new Caption()
                    .t("born ")
                    .p(DateForms.format(p.birthDate(), 0), "PatientBirthDate")
                    .t(", presented with haemoptysis")),
        t(
            "birth date US",
            p ->
                new Caption()
                    .t("DOB ")
                    .p(DateForms.format(p.birthDate(), 2), "PatientBirthDate")
                    .t(" \u2014 classic findings")),
        t(
            "birth date European dotted",
            p ->
                new Caption()
                    .t("geb. ")
                    .p(DateForms.format(p.birthDate(), 3), "PatientBirthDate")
                    .t(", Z.n. Cholezystektomie")),
        t(
            "study date DICOM form",
            p ->
                new Caption()
                    .t("StudyDate ")
                    .p(DateForms.da(p.studyDate()), "StudyDate")
                    .t(" series 3 image 41")),
        t(
            "study date spelled",
            p ->
                new Caption()
                    .t("Scanned on ")
                    .p(DateForms.format(p.studyDate(), 6), "StudyDate")
                    .t(". Teaching point: look at the adrenals.")),
        t(
            "study date short spelled",
            p ->
                new Caption()
                    .t("ED visit ")
                    .p(DateForms.format(p.studyDate(), 5), "StudyDate")
                    .t(" \uD83D\uDE91")),
        t(
            "study date European slashes",
            p ->
                new Caption()
                    .t("Imaged ")
                    .p(DateForms.format(p.studyDate(), 1), "StudyDate")
                    .t(" on the night shift")),
        t(
            "patient ID plain",
            p ->
                new Caption()
                    .t("MRN ")
                    .p(p.patientId(), "PatientID")
                    .t(" if anyone wants to pull it up")),
        t(
            "patient ID separators removed",
            p ->
                new Caption()
                    .t("pt ")
                    .p(p.patientId().replaceAll("[^A-Za-z0-9]", ""), "PatientID")
                    .t(" for the MDT")),
        t(
            "patient ID with spaces",
            p ->
                new Caption()
                    .t("ID ")
                    .p(p.idWithSeparators(' '), "PatientID")
                    .t(" \u2014 prior imaging available")),
        t(
            "accession number",
            p ->
                new Caption()
                    .t("Acc# ")
                    .p(p.accession(), "AccessionNumber")
                    .t(", reformats attached")),
        t(
            "other patient ID",
            p -> new Caption().t("old hospital number ").p(p.otherIds().get(0), "OtherPatientIDs")),
        t(
            "institution name",
            p ->
                new Caption()
                    .t("Thanks to the team at ")
                    .p(p.institution(), "InstitutionName")
                    .t(" for this case!")),
        t(
            "referring physician",
            p ->
                new Caption()
                    .t("Referred by ")
                    .p(p.referring().doctor(), "ReferringPhysicianName")
                    .t(", thanks for the great history")),
        t(
            "phone number from the header",
            p ->
                new Caption()
                    .t("Family can be reached at ")
                    .p(p.phone(), "PatientTelephoneNumbers")),
        t(
            "phone number not in the header",
            p ->
                new Caption()
                    .t("Ring the reading room on ")
                    .p("+44 20 7946 0" + (100 + p.ageYears()), "Phone")
                    .t(" to discuss")),
        t(
            "e-mail address",
            p ->
                new Caption()
                    .t("Questions to ")
                    .p(
                        lower(PersonName.stripDiacritics(p.name().given())).replaceAll("[^a-z]", "")
                            + ".patient"
                            + p.ageYears()
                            + "@example.com",
                        "Email")),
        t(
            "URL carrying the patient ID",
            p ->
                new Caption()
                    .t("Viewer link: ")
                    .p("https://pacs.hospital.example/viewer?patientId=" + p.patientId(), "Url")),
        t(
            "age over 89",
            p ->
                new Caption()
                    .t("A ")
                    .p((90 + p.ageYears() % 10) + "-year-old", "AgeOver89")
                    .t(" with a hip fracture \u2014 look at the bone density")),
        t(
            "age over 89 terse",
            p ->
                new Caption()
                    .p((90 + p.ageYears() % 9) + " yo", "AgeOver89")
                    .t(" F, pneumatosis intestinalis")),
        t(
            "street address from the header",
            p ->
                new Caption()
                    .t("Lives at ")
                    .p(p.patientAddress().split(",")[0], "PatientAddress")
                    .t(", came in by ambulance")),
        t(
            "street address not in the header",
            p ->
                new Caption()
                    .t("Found at ")
                    .p((10 + p.ageYears()) + " Juniper Street", "StreetAddress")
                    .t(" after a fall")),
        t(
            "SSN-like number",
            p ->
                new Caption()
                    .t("SSN ")
                    .p(
                        "9"
                            + (10 + p.ageYears())
                            + "-4"
                            + (p.ageYears() % 10)
                            + "-"
                            + (1000 + p.ageYears() * 7),
                        "SsnLike")
                    .t(" on the request, oops")),
        t(
            "station name",
            p ->
                new Caption()
                    .t("Acquired on ")
                    .p(p.station(), "StationName")
                    .t(" with the new protocol")),
        t(
            "name and birth date together",
            p ->
                new Caption()
                    .p(p.name().commaUpper(), NAME)
                    .t(" (")
                    .p(DateForms.format(p.birthDate(), 7), "PatientBirthDate")
                    .t(") \u2014 see the cortical breach")),
        t(
            "surname as hashtag",
            p ->
                new Caption()
                    .t("#")
                    .p(
                        PersonName.stripDiacritics(p.name().family()).replaceAll("[^A-Za-z]", ""),
                        NAME)
                    .t("Case #FOAMrad")),
        t(
            "German transliteration of umlauts",
            p ->
                new Caption()
                    .t("Herr/Frau ")
                    .p(Disguise.transliterate(p.name().family()), NAME)
                    .t(", Verlaufskontrolle")),
        t(
            "operator name",
            p ->
                new Caption()
                    .t("Great positioning by ")
                    .p(p.operator().natural(), "OperatorsName")
                    .t(" \uD83D\uDC4F")),
        new Template(
            "ideographic name without separator",
            true,
            p ->
                new Caption().p(p.name().ideographic().replace("^", ""), NAME).t("さんの症例、典型的な所見です")),
        new Template(
            "ideographic name with a space",
            true,
            p ->
                new Caption()
                    .t("病例：")
                    .p(p.name().ideographic().replace("^", " "), NAME)
                    .t("，肺结节随访")));
  }
}
