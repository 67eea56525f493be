/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.radshare.core.dicom.Dataset;

class PhiLexiconTest {

  private static final PhiLexicon CT = PhiLexicon.from(SyntheticHeaders.ct());
  private static final PhiLexicon PARKINSON = PhiLexicon.from(SyntheticHeaders.parkinson());

  /** "matched text=category" for each match, for readable assertions. */
  private static List<String> found(PhiLexicon lexicon, String text) {
    return lexicon.find(text).stream()
        .map(m -> text.substring(m.start(), m.end()) + "=" + m.category())
        .toList();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // names in every order, case, with initials, partial
        "Case of John Doe today|John Doe=PatientName",
        "DOE^JOHN^ALBERT|DOE^JOHN^ALBERT=PatientName",
        "Doe, John|Doe, John=PatientName",
        "seen: doe|doe=PatientName",
        "J. Doe presented|J. Doe=PatientName",
        "Doe J presented|Doe J=PatientName",
        "John A. Doe|John A. Doe=PatientName",
        "Albert was here|Albert=PatientName",
        "Mr DOE|DOE=PatientName",
        "#JohnDoe case|JohnDoe=PatientName",
        "banner DOEJOHN 72Y|DOEJOHN=PatientName",
        // diacritics, homoglyphs, invisible characters, fullwidth
        "ref by Zoe Muller|Zoe Muller=ReferringPhysicianName",
        "ref by Dr Mueller|Mueller=ReferringPhysicianName",
        "Jοhn Dοe (Greek omicrons)|Jοhn Dοe=PatientName",
        "Јohn Doe (Cyrillic J)|Јohn Doe=PatientName",
        "Jo\u200Bhn D\u200Doe|Jo\u200Bhn D\u200Doe=PatientName",
        "ＪＯＨＮ　ＤＯＥ|ＪＯＨＮ　ＤＯＥ=PatientName",
        "Dr O'Brien|O'Brien=PerformingPhysicianName",
        "Dr OBrien|OBrien=PerformingPhysicianName",
        "Siobhan scanned it|Siobhan=PerformingPhysicianName",
        "tech Li Wei|Li Wei=OperatorsName",
        "tech Wei Li|Wei Li=OperatorsName",
        // OCR misreads
        "D0E J0HN|D0E J0HN=PatientName",
        "ID 8977162|8977162=PatientID",
        "ID £421280644|421280644=PatientID",
        "E421280644|E421280644=PatientID",
        "E421 280 644|E421 280 644=PatientID",
        "e421-280-644|e421-280-644=PatientID",
        "MRNE421280644|MRNE421280644=PatientID",
        "ACC 20240305001 seen|ACC 20240305001=AccessionNumber",
        "acc2024O3O5OO1|acc2024O3O5OO1=AccessionNumber",
        // dates in every format
        "on 2024-03-05|2024-03-05=StudyDate",
        "on 03/05/2024|03/05/2024=StudyDate",
        "on 5/3/2024|5/3/2024=StudyDate",
        "on 3/5/24|3/5/24=StudyDate",
        "on 05.03.2024|05.03.2024=StudyDate",
        "on 20240305 study|20240305=StudyDate",
        "on 5 March 2024|5 March 2024=StudyDate",
        "on March 5, 2024|March 5, 2024=StudyDate",
        "on 05-Mar-2024|05-Mar-2024=StudyDate",
        "the 5th of March 2024|5th of March 2024=StudyDate",
        "Mar 5th 2024|Mar 5th 2024=StudyDate",
        "2024 Mar 5|2024 Mar 5=StudyDate",
        "5 mars 2024|5 mars 2024=StudyDate",
        "born 14/07/1952|14/07/1952=PatientBirthDate",
        "born July 14, 1952|July 14, 1952=PatientBirthDate",
        "2O24-O3-O5|2O24-O3-O5=StudyDate",
        // times
        "at 14:32|14:32=StudyTime",
        "at 2:32 pm|2:32 pm=StudyTime",
        // places, phones, equipment
        "from Springfield|Springfield=InstitutionName",
        "Springfield General|Springfield General=InstitutionName",
        "on Evergreen Terrace|Evergreen Terrace=InstitutionAddress",
        "zip 62704|62704=InstitutionAddress",
        "Shelbyville|Shelbyville=IssuerOfPatientID",
        "lives in Grenoble|Grenoble=PatientAddress",
        "call 217-555-0134|217-555-0134=PatientTelephoneNumbers",
        "call (217) 555 0134|217) 555 0134=PatientTelephoneNumbers",
        "station CTAWP73012|CTAWP73012=StationName",
        "SN 88213|SN 88213=DeviceSerialNumber",
        "study 4417|4417=StudyID",
        // free text, private attributes, ideographic names
        "thanks Dr Hibbert|Hibbert=StudyDescription",
        "mrn XJ99812|mrn XJ99812=PrivateAttribute",
        "Edna Krabappel|Edna Krabappel=PrivateAttribute",
        "山田太郎さんのCT|山田太郎=PatientName",
        "病例：山田 太郎，肺结节|山田 太郎=PatientName",
        "Poor Zoë had a rough night|Zoë=ReferringPhysicianName",
        "ZOE on the banner|ZOE=ReferringPhysicianName",
      })
  void findsIdentifiers(String text, String expected) {
    assertThat(found(CT, text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Classic Crohn disease with skip lesions #FOAMrad #RadRes",
        "Radiology department teaching case",
        "March 2024 case of the month",
        "2024 was a good year; 3/5 of cases were normal",
        "3.2 cm mass at C5-C6, T2 hyperintense, 4417.5 HU",
        "dose reduction done, Joh, Jon and Johnson",
        "zoe-like lowercase word zoe",
        "slice 44 of 170, window 400/40",
        "Li",
        "JD",
        "General hospital",
        "at 14.32 mm",
        "https://radiopaedia.org/cases",
        "",
        "🙂🙂 𝕏 肺癌の症例です",
      })
  void ignoresOrdinaryText(String text) {
    assertThat(found(CT, text)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Parkinson disease with nigral hypointensity",
        "idiopathic Parkinson's disease",
        "Parkinson's",
        "parkinsons disease",
        "findings of Parkinson-plus syndrome? no",
      })
  void eponymInUseIsNotTheName(String text) {
    assertThat(found(PARKINSON, text)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Mr Parkinson again|Parkinson=PatientName",
        "PARKINSON^JAMES|PARKINSON^JAMES=PatientName",
        "James Parkinson, 61|James Parkinson=PatientName",
        "PK55120|PK55120=PatientID",
      })
  void eponymSurnameStillMatchesAsAName(String text, String expected) {
    assertThat(found(PARKINSON, text)).containsExactly(expected);
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "Ｐａｔｉｅｎｔ: J\u0301o\u200Bhn  Doe!";
    List<PhiMatch> m = CT.find(text);
    assertThat(m).hasSize(1);
    assertThat(text.substring(m.get(0).start(), m.get(0).end())).isEqualTo("J\u0301o\u200Bhn  Doe");
  }

  @Test
  void emptyHeaderGivesEmptyLexicon() {
    PhiLexicon empty = PhiLexicon.from(Dataset.empty());
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.size()).isZero();
    assertThat(empty.find("John Doe 2024-03-05")).isEmpty();
    assertThat(CT.size()).isGreaterThan(20);
    assertThat(CT.toString()).doesNotContain("doe").doesNotContain("DOE");
  }

  @Test
  void bulkDataIsNotALexiconSource() {
    // RE9FXkpPSE4= is base64 for DOE^JOHN; the reader never decodes it, so it is not a term.
    assertThat(found(CT, "RE9FXkpPSE4=")).isEmpty();
  }

  @Test
  void repeatedValuesAreCountedOnce() throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      items
          .append(i > 0 ? "," : "")
          .append("{\"00100020\":{\"vr\":\"LO\",\"Value\":[\"E421-280-644\"]},")
          .append("\"00080090\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"DOE^JOHN\"}]}}");
    }
    Dataset header =
        org.radshare.core.dicom.DicomJsonReader.read(
            "{\"52009230\":{\"vr\":\"SQ\",\"Value\":[" + items + "]}}");
    PhiLexicon lexicon = PhiLexicon.from(header);
    assertThat(lexicon.size()).isEqualTo(3); // doe, john, one identifier
    assertThat(found(lexicon, "John Doe E421280644"))
        .containsExactly("John Doe=ReferringPhysicianName", "E421280644=PatientID");
  }
}
