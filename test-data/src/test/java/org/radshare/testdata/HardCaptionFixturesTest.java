/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.radshare.testdata.caption.HardCaptions;

/** The hard caption set is well formed, about half positive, and covers every kind of leak. */
class HardCaptionFixturesTest {

  private final JsonNode cases = Fixtures.read(Fixtures.ROOT.resolve("captions-hard.json"));

  @Test
  void casesAreWellFormedWithTheirPhiSubstringsInTheCaption() {
    assertThat(cases.size()).isEqualTo(HardCaptions.COUNT);
    int positives = 0;
    Set<String> ids = new HashSet<>();
    for (JsonNode c : cases) {
      assertThat(ids.add(c.path("id").asText())).isTrue();
      assertThat(Fixtures.IMAGES.resolve(c.path("header").asText())).exists();
      String caption = c.path("caption").asText();
      for (JsonNode p : c.path("phi")) {
        assertThat(caption).contains(p.path("text").asText());
      }
      positives += c.path("phi").isEmpty() ? 0 : 1;
    }
    assertThat(positives).isBetween(cases.size() * 2 / 5, cases.size() * 3 / 5);
  }

  @Test
  void positivesCoverObfuscationsAndHeaderFreeIdentifiers() {
    Set<String> categories = new HashSet<>();
    for (JsonNode c : cases) {
      c.path("phi").forEach(p -> categories.add(p.path("category").asText()));
    }
    assertThat(categories)
        .contains(
            "PatientName",
            "PatientID",
            "PersonName",
            "InstitutionName",
            "Date",
            "SsnLike",
            "ZipCode",
            "IpAddress",
            "VehicleId",
            "LicensePlate",
            "Phone",
            "Email",
            "AgeOver89",
            "IdentifierNumber");
  }
}
