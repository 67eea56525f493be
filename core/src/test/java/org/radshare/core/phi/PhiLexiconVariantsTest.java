/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.radshare.core.dicom.DicomJsonException;
import org.radshare.core.dicom.DicomJsonReader;

/** A second header: compound Hispanic names, short names, common-word names, short IDs. */
class PhiLexiconVariantsTest {

  private static final PhiLexicon LEXICON = lexicon();

  private static PhiLexicon lexicon() {
    try {
      return PhiLexicon.from(
          DicomJsonReader.read(
              """
              {"00100010":{"vr":"PN","Value":[{"Alphabetic":"GARCÍA LÓPEZ^MARÍA ELENA"}]},
               "00100020":{"vr":"LO","Value":["A1234567"]},
               "00080050":{"vr":"SH","Value":["20231101-0042"]},
               "00081010":{"vr":"SH","Value":["CT01"]},
               "00080080":{"vr":"LO","Value":["St. Mary's Medical Center"]},
               "00080090":{"vr":"PN","Value":[{"Alphabetic":"WHITE^GRACE"}]},
               "00081070":{"vr":"PN","Value":[{"Alphabetic":"NG^AL"}]},
               "00100030":{"vr":"DA","Value":["19800229"]},
               "00080020":{"vr":"DA","Value":["20231101"]},
               "00080030":{"vr":"TM","Value":["0915"]},
               "00101040":{"vr":"LO","Value":["90 Harrow Close, Valmarina"]}}
              """));
    } catch (DicomJsonException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> found(String text) {
    return LEXICON.find(text).stream()
        .map(m -> text.substring(m.start(), m.end()) + "=" + m.category())
        .toList();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "María García López, 43F|María García López=PatientName",
        "Maria Garcia presented|Maria Garcia=PatientName",
        "Mrs Lopez again|Lopez=PatientName",
        "then Elena said|Elena=PatientName",
        "#MariaGarcia|MariaGarcia=PatientName",
        "garcia-lopez|garcia-lopez=PatientName",
        "Dr. Grace White|Grace White=ReferringPhysicianName",
        "Al Ng did it|Al Ng=OperatorsName",
        "thanks Mr Ng|Ng=OperatorsName",
        "scanner CT01|CT01=StationName",
        "scanner CT-01|CT-01=StationName",
        "ID A 123 4567|A 123 4567=PatientID",
        "Acc 20231101 0042|20231101 0042=AccessionNumber",
        "born 29 Feb 1980|29 Feb 1980=PatientBirthDate",
        "born 02/29/80|02/29/80=PatientBirthDate",
        "on November 1st, 2023|November 1st, 2023=StudyDate",
        "at 09:15|09:15=StudyTime",
        "from St Mary's|St Mary=InstitutionName",
        "lives in Harrow|Harrow=PatientAddress",
        "OCR: HAROW CLOSE|HAROW CLOSE=PatientAddress",
        "visiting Valmarina|Valmarina=PatientAddress",
      })
  void findsVariants(String text, String expected) {
    assertThat(found(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "CT of the abdomen and pelvis",
        "CT02 and CT 02",
        "white matter lesions",
        "grace period",
        "Ng A.",
        "Li",
        "medical center",
        "1 Nov",
        "02/28/80",
        "Anatomy quiz: name the structure at the arrow",
        "a narrow harow",
      })
  void ignoresNearMisses(String text) {
    assertThat(found(text)).isEmpty();
  }
}
