/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radshare.core.dicom.Dataset;

/**
 * Identifiers written with Unicode an attacker might try that the generated tricks do not cover: a
 * soft hyphen or a combining mark inside a word, mathematical alphanumeric letters and digits,
 * superscript digits. Each is refused in every field.
 */
class AttackerTextTest {

  private static final TextScreen SCREEN =
      TextScreen.forHeaders(
          List.of(
              OutgoingTextRegressionTest.read(
                  """
          {"00100010": {"vr": "PN", "Value": [{"Alphabetic": "DOE^JANE"}]},
           "00100020": {"vr": "LO", "Value": ["MRN12345678"]}}
          """)));
  private static final TextScreen NO_HEADER = TextScreen.forHeaders(List.of(Dataset.empty()));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CT of J\u00ADane D\u00ADoe",
        "CT of Ja\u0301ne Do\u0308e",
        "CT of Ja\u0336ne Do\u0336e",
        "CT of \uD835\uDC09\uD835\uDC1A\uD835\uDC27\uD835\uDC1E \uD835\uDC03\uD835\uDC28\uD835\uDC1E",
        "CT of \uD835\uDE11\uD835\uDE22\uD835\uDE2F\uD835\uDE26 Doe",
        "record 1234\u00AD5678",
        "record 1\u03012345678",
        "record \u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078",
        "record \u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088",
        "record \uD835\uDFCF\uD835\uDFD0\uD835\uDFD13\uD835\uDFD3\uD835\uDFD4\uD835\uDFD5\uD835\uDFD6"
      })
  void headerIdentifiersAreFound(String text) {
    assertThat(SCREEN.refusal(List.of(OutgoingText.of(FieldKind.CAPTION, text))))
        .as(text)
        .isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SSN \u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079",
        "SSN \u00B9\u00B2\u00B3\u207B\u2074\u2075\u207B\u2076\u2077\u2078\u2079",
        "SSN 123\u00AD45\u00AD6789",
        "ID 1234567890 on the form",
        "ID 123456789012 on the form",
        "Scanned 04\u00AD/12/2026",
        "Scanned \u2070\u2074/\u00B9\u00B2/\u00B2\u2070\u00B2\u2076",
        "Call 555\u00AD013\u00AD4567",
        "referred by Dr \uD835\uDC00\uD835\uDC1D\uD835\uDC1E\uD835\uDC32\uD835\uDC1E\uD835\uDC26\uD835\uDC22",
        "mail jane.roe\uFF20example.org"
      })
  void identifiersWithoutTheHeaderAreFound(String text) {
    assertThat(NO_HEADER.refusal(List.of(OutgoingText.of(FieldKind.CAPTION, text))))
        .as(text)
        .isPresent();
  }
}
