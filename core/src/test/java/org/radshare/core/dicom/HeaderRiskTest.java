/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.radshare.core.dicom.HeaderRisk.BURNED_IN_ANNOTATION;
import static org.radshare.core.dicom.HeaderRisk.ENCAPSULATED_DOCUMENT;
import static org.radshare.core.dicom.HeaderRisk.RECOGNIZABLE_VISUAL_FEATURES;
import static org.radshare.core.dicom.HeaderRisk.SCREENSHOT;
import static org.radshare.core.dicom.HeaderRisk.SECONDARY_CAPTURE;
import static org.radshare.core.dicom.HeaderRisk.ULTRASOUND;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderRiskTest {

  private static Dataset header(Object... tagVrValues) {
    List<Attribute> attrs = new ArrayList<>();
    for (int i = 0; i < tagVrValues.length; i += 3) {
      List<Value> values = new ArrayList<>();
      for (String s : ((String) tagVrValues[i + 2]).split("\\\\")) {
        values.add(new Value.Text(s));
      }
      attrs.add(Attribute.of((int) tagVrValues[i], (Vr) tagVrValues[i + 1], values));
    }
    return Dataset.of(attrs);
  }

  @Test
  void plainCtHasNoRisk() {
    Dataset ct =
        header(
            Tags.Modality,
            Vr.CS,
            "CT",
            Tags.SOPClassUID,
            Vr.UI,
            "1.2.840.10008.5.1.4.1.1.2",
            Tags.ImageType,
            Vr.CS,
            "DERIVED\\SECONDARY\\AXIAL",
            Tags.BurnedInAnnotation,
            Vr.CS,
            "NO");
    assertThat(HeaderRisk.assess(ct)).isEmpty();
    assertThat(HeaderRisk.assess(Dataset.empty())).isEmpty();
  }

  @Test
  void burnedInAndRecognizableFeatures() {
    assertThat(
            HeaderRisk.assess(
                header(
                    Tags.BurnedInAnnotation,
                    Vr.CS,
                    "YES ",
                    Tags.RecognizableVisualFeatures,
                    Vr.CS,
                    "yes")))
        .containsExactlyInAnyOrder(BURNED_IN_ANNOTATION, RECOGNIZABLE_VISUAL_FEATURES);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.840.10008.5.1.4.1.1.7",
        "1.2.840.10008.5.1.4.1.1.7.1",
        "1.2.840.10008.5.1.4.1.1.7.2",
        "1.2.840.10008.5.1.4.1.1.7.3",
        "1.2.840.10008.5.1.4.1.1.7.4"
      })
  void secondaryCaptureClasses(String uid) {
    assertThat(HeaderRisk.assess(header(Tags.SOPClassUID, Vr.UI, uid)))
        .containsExactly(SECONDARY_CAPTURE);
  }

  @Test
  void secondaryCaptureModalityButNotBareSecondaryImageType() {
    assertThat(HeaderRisk.assess(header(Tags.Modality, Vr.CS, "SC")))
        .containsExactly(SECONDARY_CAPTURE);
    assertThat(HeaderRisk.assess(header(Tags.ImageType, Vr.CS, "DERIVED\\SECONDARY"))).isEmpty();
    assertThat(
            HeaderRisk.assess(
                header(
                    Tags.SOPClassUID,
                    Vr.UI,
                    "1.2.840.10008.5.1.4.1.1.77.1",
                    Tags.ImageType,
                    Vr.CS,
                    "ORIGINAL")))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.840.10008.5.1.4.1.1.6.1",
        "1.2.840.10008.5.1.4.1.1.6.2",
        "1.2.840.10008.5.1.4.1.1.3.1"
      })
  void ultrasoundClasses(String uid) {
    assertThat(HeaderRisk.assess(header(Tags.SOPClassUID, Vr.UI, uid))).containsExactly(ULTRASOUND);
  }

  @Test
  void ultrasoundModality() {
    assertThat(HeaderRisk.assess(header(Tags.Modality, Vr.CS, "US"))).containsExactly(ULTRASOUND);
  }

  @Test
  void screenshots() {
    assertThat(HeaderRisk.assess(header(Tags.ImageType, Vr.CS, "DERIVED\\SECONDARY\\SCREEN SAVE")))
        .containsExactly(SCREENSHOT);
    assertThat(HeaderRisk.assess(header(Tags.ConversionType, Vr.CS, "WSD")))
        .containsExactly(SCREENSHOT);
  }

  @Test
  void encapsulatedDocuments() {
    assertThat(HeaderRisk.assess(header(Tags.SOPClassUID, Vr.UI, "1.2.840.10008.5.1.4.1.1.104.1")))
        .containsExactly(ENCAPSULATED_DOCUMENT);
    assertThat(HeaderRisk.assess(header(Tags.Modality, Vr.CS, "DOC")))
        .containsExactly(ENCAPSULATED_DOCUMENT);
  }

  @Test
  void readFromJsonWithPaddedUid() throws Exception {
    Dataset d =
        DicomJsonReader.read(
            "{\"00080016\":{\"vr\":\"UI\",\"Value\":[\"1.2.840.10008.5.1.4.1.1.7\\u0000\"]},"
                + "\"00080060\":{\"vr\":\"CS\",\"Value\":[\"US\"]}}");
    assertThat(HeaderRisk.assess(d)).isEqualTo(Set.of(SECONDARY_CAPTURE, ULTRASOUND));
  }

  @Test
  void descriptionsAreSentences() {
    for (HeaderRisk r : HeaderRisk.values()) {
      assertThat(r.description()).endsWith(".").hasSizeGreaterThan(20);
    }
  }
}
