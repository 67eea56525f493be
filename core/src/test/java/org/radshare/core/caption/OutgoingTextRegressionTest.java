/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.phi.PhiLexicon;

/**
 * Every text case of issue 10 that used to leave: obfuscated header identifiers, identifiers that
 * need no header, and other people's names and institutions — and the teaching text that must still
 * pass. Every person, number and place here is invented.
 */
class OutgoingTextRegressionTest {

  private static final Dataset HEADER =
      read(
          """
          {"00100010": {"vr": "PN", "Value": [{"Alphabetic": "DOE^JANE"}]},
           "00100020": {"vr": "LO", "Value": ["MRN12345678"]},
           "00080060": {"vr": "CS", "Value": ["CT"]}}
          """);
  private static final PhiLexicon LEXICON = PhiLexicon.from(HEADER);

  static Dataset read(String json) {
    try {
      return DicomJsonReader.read(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CT of J a n e D o e",
        "J.A.N.E D.O.E follow-up",
        "J-a-n-e's scan",
        "Ms D o e's injuries",
        "K a r\u200De n D o e",
        "J\u200Ba\u200Cn\u200De\u2060 Doe",
        "Ja\uD83D\uDE00ne D\uD83D\uDD25oe, left lung",
        "J \uD83D\uDE00 a \uD83D\uDE00 n \uD83D\uDE00 e",
        "Case of \u202Eeod enaj\u202C today",
        "\u0408\u0430n\u0435 D\u043Ee",
        "\uFF2A\uFF41\uFF4E\uFF45 \uFF24\uFF4F\uFF45",
        "JaNe dOe",
        "record 12345678",
        "record 1234-5678",
        "record \uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18",
        "record \u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668",
        "record 1 2 3 4 5 6 7 8"
      })
  void obfuscatedHeaderIdentifiersAreFound(String caption) {
    assertThat(CaptionScanner.scan(caption, LEXICON)).as(caption).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Scanned 04/12/2026, nice case",
        "Scanned 4 Dec 2026, nice case",
        "Scanned 2026-12-04, nice case",
        "Scanned Dec. 4th, nice case",
        "Scanned on the 4th of December",
        "SSN 123456789 on the form",
        "Ref 0123456789 on the form",
        "Ref 012345678901 on the form",
        "Lives in Boston, MA 02115",
        "zip 60614 on the request",
        "ZIP+4 60614-1234",
        "Uploaded from 192.168.10.24",
        "Uploaded from fe80::1ff:fe23:4567:890a",
        "Car 1HGCM82633A004352 crash, C2 fracture",
        "licence plate AB12 CDE was in the photo",
        "A ninety-two-year-old with a hip fracture",
        "Aged ninety four, osteoporotic",
        "one hundred and one years old, still walking",
        "Call 555-013-4567 for the films",
        "Patient Jane Roe, 61F, left lower lobe mass",
        "Mr. Okafor's scan shows a pneumothorax",
        "referred by Dr Adeyemi",
        "Thanks to Lakeshore Children's Hospital for the case",
        "Courtesy of St. Brigid's Medical Center",
        "Fellowship at the University of Northfield",
        "mail jane.roe@example.org",
        "https://pacs.example/viewer?patient=88213",
        "#MRN12345678"
      })
  void identifiersWithoutTheHeaderAreFound(String caption) {
    assertThat(CaptionScanner.scan(caption, PhiLexicon.from(Dataset.empty())))
        .as(caption)
        .isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "T2 FLAIR, 5 mm slices, #FOAMrad case of the day",
        "3.2 x 4.1 cm mass at C5-C6",
        "Day 3 post-op, no collection",
        "An 89-year-old with a hip fracture",
        "An eighty-nine-year-old with a hip fracture",
        "Fleischner 2019 guidelines apply",
        "Crohn disease, Hodgkin lymphoma, Graves disease and a Wilms tumour",
        "Aneurysm of the Circle of Willis",
        "Colles fracture and a Baker's cyst",
        "Crohn's with skip lesions",
        "CPT 74177 for the coders",
        "Series 4, image 112: 38 HU",
        "BI-RADS 4, TI-RADS 3: know your RADS",
        "Superior end plate L4-L5 Schmorl node",
        "MS plaques, Dawson fingers on FLAIR",
        "MR Enterography of terminal ileitis",
        "Patient positioning matters",
        "Don't miss the Segond fracture",
        "Fracture Clinic follow-up in 6 weeks",
        "Child-Pugh B cirrhosis",
        "Sister Mary Joseph nodule on CT",
        "March fracture of the second metatarsal",
        "These 3 may be incidental",
        "Case of the month for March 2024!",
        "Window 400/40, slice 120/512, 1.25 mm",
        "Tc-99m MAG3: split function 42% / 58%",
        "Updated to v2.10.3.1 of the software",
        "Case courtesy of Radiopaedia, Stanford type A dissection",
        "St. Louis encephalitis, New York Heart Association class III"
      })
  void teachingTextIsNotFlagged(String caption) {
    assertThat(CaptionScanner.scan(caption, LEXICON)).as(caption).isEmpty();
  }

  @Test
  void everyFieldIsScreenedAndTheRefusalNamesIt() {
    TextScreen screen = TextScreen.forHeaders(List.of(HEADER));
    assertThat(
            screen.refusal(
                OutgoingText.ofPost(
                    List.of("Axial CT", "CT of Jane Doe"),
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of())))
        .contains("Patient name found in the alt text of image 2 \u2014 remove it to post.");
    assertThat(screen.refusal(List.of(OutgoingText.of(FieldKind.HASHTAG, "#JaneDoe"))))
        .hasValueSatisfying(r -> assertThat(r).contains("the hashtags"));
    assertThat(screen.refusal(List.of(OutgoingText.of(FieldKind.HASHTAG, "MRN12345678"))))
        .isPresent();
    assertThat(screen.refusal(List.of(OutgoingText.of(FieldKind.CAPTION, "SSN 987654321"))))
        .hasValueSatisfying(r -> assertThat(r).startsWith("A social security number"));
    assertThat(
            screen.refusal(
                List.of(OutgoingText.of(FieldKind.HASHTAG, "#LakeshoreChildrensHospital"))))
        .isPresent();
    assertThat(
            screen.refusal(
                List.of(OutgoingText.of(FieldKind.JUSTIFICATION, "Jane asked me to share it"))))
        .hasValueSatisfying(r -> assertThat(r).contains("the justification"));
    assertThat(
            screen.refusal(
                List.of(OutgoingText.of(FieldKind.LINK, "https://pacs.example/?id=MRN12345678"))))
        .isPresent();
    assertThat(
            screen.refusal(
                List.of(OutgoingText.of(FieldKind.CONTENT_WARNING, "Graphic: J.A.N.E's wound"))))
        .isPresent();
    assertThat(
            screen.refusal(
                OutgoingText.ofPost(
                    List.of("Axial CT of the chest"),
                    List.of("#FOAMrad", "RadRes"),
                    Optional.of("https://radiopaedia.org/articles/wilms-tumour"),
                    Optional.of("Medical image"),
                    List.of("Ruler artefact only, no text left"))))
        .isEmpty();
  }
}
