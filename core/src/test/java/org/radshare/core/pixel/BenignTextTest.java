/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenignTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "L",
        "R",
        "A",
        "P",
        "H",
        "F",
        "S",
        "I",
        "[L]",
        "5 cm",
        "10mm",
        "5.0 mm",
        "W: 400 L: 40",
        "WL 40 WW 400",
        "C 40 W 400",
        "Im: 12/200",
        "12/200",
        "Se: 3",
        "x1.5",
        "150%",
        "120 kV",
        "250 mAs",
        "5 MHz",
        "D 12cm",
        "G 50",
        "FR 30Hz",
        "TR 500 TE 15",
        "TI 2200",
        "Zoom: 150%",
        "Im: 12/200 Se: 3",
        "1.5x"
      })
  void scannerAnnotationsAreBenign(String text) {
    assertThat(BenignText.isBenign(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "SMITH",
        "L SMITH",
        "8377162",
        "E421280644",
        "12/05",
        "3/12",
        "1961-03-14",
        "14.03.1961",
        "03/14/1961",
        "12:30",
        "Mar 14",
        "W: 400 Jones",
        "ID 12345",
        "Research",
        "D 12cm 4567890",
        "LR",
        "12 Main St",
        "St Elsewhere"
      })
  void identifyingOrUnexplainedTextIsNot(String text) {
    assertThat(BenignText.isBenign(text)).isFalse();
  }
}
