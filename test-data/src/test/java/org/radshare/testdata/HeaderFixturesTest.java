/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radshare.testdata.header.Tag;

class HeaderFixturesTest {

  @Test
  void headersAreDicomJsonObjectsKeyedByEightHexDigits() {
    for (String id : Fixtures.imageIds()) {
      JsonNode h = Fixtures.header(id);
      assertThat(h.isObject()).as(id).isTrue();
      assertDataset(id, h);
    }
  }

  private static void assertDataset(String where, JsonNode dataset) {
    Iterator<Map.Entry<String, JsonNode>> it = dataset.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = where + " " + e.getKey();
      assertThat(e.getKey()).as(at).matches("[0-9A-F]{8}");
      JsonNode a = e.getValue();
      assertThat(a.path("vr").asText()).as(at).matches("[A-Z]{2}");
      int payloads =
          (a.has("Value") ? 1 : 0)
              + (a.has("InlineBinary") ? 1 : 0)
              + (a.has("BulkDataURI") ? 1 : 0);
      assertThat(payloads).as(at).isLessThanOrEqualTo(1);
      if (a.path("vr").asText().equals("SQ")) {
        for (JsonNode item : a.path("Value")) {
          assertThat(item.isObject()).as(at).isTrue();
          assertDataset(at, item);
        }
      }
    }
  }

  @Test
  void headersCarryTheAttributesTheEngineMustHandle() {
    for (String id : Fixtures.imageIds()) {
      JsonNode h = Fixtures.header(id);
      for (Tag t :
          new Tag[] {
            Tag.PatientName,
            Tag.PatientID,
            Tag.IssuerOfPatientID,
            Tag.OtherPatientIDs,
            Tag.PatientBirthDate,
            Tag.AccessionNumber,
            Tag.StudyDate,
            Tag.InstitutionName,
            Tag.ReferringPhysicianName,
            Tag.SOPClassUID,
            Tag.BurnedInAnnotation,
            Tag.RequestAttributesSequence,
            Tag.PrivatePatientLabel,
            Tag.PrivateCsaHeader
          }) {
        assertThat(h.has(t.hex())).as(id + " " + t).isTrue();
      }
      assertThat(h.path(Tag.PatientName.hex()).path("Value").get(0).path("Alphabetic").asText())
          .as(id)
          .contains("^");
      assertThat(h.path(Tag.PrivateCsaHeader.hex()).has("InlineBinary")).isTrue();
      String label = h.path(Tag.PrivatePatientLabel.hex()).path("Value").get(0).asText();
      String pid = h.path(Tag.PatientID.hex()).path("Value").get(0).asText();
      String name = h.path(Tag.PatientName.hex()).path("Value").get(0).path("Alphabetic").asText();
      assertThat(
              label.contains(pid)
                  || HeaderRelation.norm(name).contains(HeaderRelation.norm(label).substring(0, 2)))
          .as(id + " private label holds the name or ID")
          .isTrue();
    }
  }

  @Test
  void someHeadersCarryIdeographicNamesAndOneIsAnEncapsulatedPdf() {
    long ideographic =
        Fixtures.imageIds().stream()
            .filter(
                id ->
                    Fixtures.header(id)
                        .path(Tag.PatientName.hex())
                        .path("Value")
                        .get(0)
                        .has("Ideographic"))
            .count();
    assertThat(ideographic).isGreaterThanOrEqualTo(3);
    assertThat(Fixtures.imageIds())
        .anySatisfy(
            id ->
                assertThat(
                        Fixtures.header(id)
                            .path(Tag.SOPClassUID.hex())
                            .path("Value")
                            .get(0)
                            .asText())
                    .isEqualTo("1.2.840.10008.5.1.4.1.1.104.1"));
  }
}
