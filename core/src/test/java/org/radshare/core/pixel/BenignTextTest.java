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
        "1.5x",
        // Decimals with a unit or a label are measurements, not day.month dates.
        "7.5 MHz",
        "ST: 1.25 mm",
        "Depth 4.0 cm",
        "Zoom x1.5",
        "x1.5",
        "Pitch 0.984",
        // Counters whose total is larger than their current value, labelled or three-digit.
        "Im: 23/120",
        "Im: 3/12",
        "57/120",
        "Se: 3",
        "Sl 14 of 40",
        // Technique, sequence, protocol, position and probe lines.
        "120 kV 180 mAs",
        "TR 4200 TE 95",
        "TR: 520 TE: 14 FA: 90°",
        "AXIAL T2 FLAIR",
        "DWI b=1000",
        "ABD/PEL C+ PORTAL",
        "Head First-Supine",
        "SUPINE",
        "PORTABLE",
        "PA ERECT",
        "Kernel B30f",
        "Omnipaque 350, 90 mL",
        "L12-5",
        "PW 2.5 MHz PRF 4.5 kHz",
        "Vmax 84 cm/s RI 0.62",
        "TIS 0.4 MI 1.1",
        "ABD GEN THI Harm",
        "DFOV 36.0 cm",
        "RAO 30 CRA 20",
        "R / L",
        "| | | | |",
        // OCR confusions: O for 0, l for I, S for 5, rn for m, 1 for I inside a word.
        "W: 4OO L: 4O",
        "lm: 23/120",
        "S cm",
        "5 crn",
        "SUP1NE",
        "F0V 24 cm",
        "7",
        "-4"
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
        "St Elsewhere",
        // Counters that read as dates, and dates, times and IDs beside benign words.
        "Im: 12/05",
        "5/60",
        "12/1961",
        "14.03",
        "SUPINE 14.03.1961",
        "AXIAL 12:30",
        "Se: 3 0012345",
        "AXIAL Smith",
        "March 14",
        "lili",
        "AB12",
        "SYNTHOMED Aquila 64",
        "12 05",
        "7162",
        "AXIAL 837"
      })
  void identifyingOrUnexplainedTextIsNot(String text) {
    assertThat(BenignText.isBenign(text)).isFalse();
  }
}
