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

class SafeHarborPatternsTest {

  private static List<String> found(String text) {
    return SafeHarborPatterns.find(text).stream()
        .map(m -> text.substring(m.start(), m.end()) + "=" + m.category())
        .toList();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "call 217-555-0134 today|217-555-0134=Phone",
        "call (217) 555-0134|(217) 555-0134=Phone",
        "call +1 217 555 0134|+1 217 555 0134=Phone",
        "ring +44 20 7946 0958|+44 20 7946 0958=Phone",
        "ring +33 1 23 45 67 89|+33 1 23 45 67 89=Phone",
        "ring 020 7946 0958|020 7946 0958=Phone",
        "ring 01 23 45 67 89|01 23 45 67 89=Phone",
        "tel: 5550134|5550134=Phone",
        "mail john.doe@example.org now|john.doe@example.org=Email",
        "mail JOHN.DOE@EXAMPLE.ORG|JOHN.DOE@EXAMPLE.ORG=Email",
        "mail jdoe [at] example [dot] com|jdoe [at] example [dot] com=Email",
        "mail j\u200Bdoe@exаmple.com (Cyrillic a)|j\u200Bdoe@exаmple.com=Email",
        "see https://pacs.example.org/viewer?mrn=123|https://pacs.example.org/viewer?mrn=123=Url",
        "see https://radiopaedia.org/cases/123456.|https://radiopaedia.org/cases/123456=Url",
        "see www.example.org/patient/98765|www.example.org/patient/98765=Url",
        "a 92-year-old man|92-year-old=AgeOver89",
        "92 year old man|92 year old=AgeOver89",
        "aged 95 with|aged 95=AgeOver89",
        "Age: 101|Age: 101=AgeOver89",
        "95 yo female|95 yo=AgeOver89",
        "95y female|95y=AgeOver89",
        "91 y/o|91 y/o=AgeOver89",
        "93F with dyspnea|93F=AgeOver89",
        "in her 90s|in her 90s=AgeOver89",
        "a nonagenarian|nonagenarian=AgeOver89",
        "PatientAge 092Y|092Y=AgeOver89",
        "lives at 123 Main Street|123 Main Street=StreetAddress",
        "lives at 123 main street|123 main street=StreetAddress",
        "lives at 12 Elm St.|12 Elm St.=StreetAddress",
        "lives at 42 Evergreen Terrace.|42 Evergreen Terrace.=StreetAddress",
        "lives at 1600 Pennsylvania Ave|1600 Pennsylvania Ave=StreetAddress",
        "vit au 12 rue des Lilas|12 rue des Lilas=StreetAddress",
        "wohnt Hauptstraße 12|Hauptstraße 12=StreetAddress",
        "PO Box 1234|PO Box 1234=StreetAddress",
        "SSN 123-45-6789|123-45-6789=SsnLike",
        "ssn 123 45 6789|123 45 6789=SsnLike",
        "MRN 1234567|MRN 1234567=MedicalRecordNumber",
        "MRN: A1234567|MRN: A1234567=MedicalRecordNumber",
        "medical record number 88-1234|medical record number 88-1234=MedicalRecordNumber",
        "NHS no 943 476 5919|NHS no 943 476 5919=MedicalRecordNumber",
        "patient id: XK40021|patient id: XK40021=MedicalRecordNumber",
      })
  void findsSafeHarborIdentifiers(String text, String expected) {
    assertThat(found(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "https://radiopaedia.org",
        "see https://radiopaedia.org/articles/crohn-disease",
        "a 72-year-old man with 3.2 cm mass",
        "age 89",
        "89 yo",
        "T2 hyperintense lesion at C5-C6, 12 x 8 mm",
        "window 400/40, slice 120 of 512",
        "2024-03-05",
        "3 lesions in place",
        "1 from Dr House",
        "2 cm distal to the ct",
        "follow @radiopaedia and #FOAMrad #RadRes",
        "HU 1200 to 3000",
        "dose 12.5 mGy, DLP 450 mGy cm",
        "IDH1 mutant glioma",
        "grade 3 of 4, 90 degrees, 95 percent",
        "95 mm",
        "speed 90 m/s",
        "12 lead ECG: ST elevation",
        "3 vessel ct",
        "doi https://doi.org/10.1148/radiol.2020201234",
        "https://pubmed.ncbi.nlm.nih.gov/31234567/",
        "the 90th percentile",
        "at 14:32",
        "ratio 1:100000",
        "",
        "漢字とテキスト🙂",
      })
  void ignoresClinicalText(String text) {
    assertThat(found(text)).isEmpty();
  }
}
