/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real Tesseract on real pixels: the synthetic captures of {@link Scenes}. */
class PixelScannerTest {
  private static final PixelScanner SCANNER = new PixelScanner();

  @Test
  void ctCornerNamesAndIdsArePhiAndTheScannerAnnotationsStay() throws Exception {
    Scene ct = Scenes.ct();
    List<TextRegion> regions = SCANNER.detect(ct.image, Scenes.PHI_VALUES);

    for (Scene.Label phi : ct.of(Scene.Kind.PHI)) {
      assertThat(regionsOver(regions, phi))
          .as("PHI %s", phi.box())
          .anyMatch(r -> r.classification() == RegionClass.PHI && !r.matches().isEmpty());
    }
    for (Scene.Label benign : ct.of(Scene.Kind.BENIGN)) {
      assertThat(regionsOver(regions, benign))
          .as("benign %s", benign.text())
          .noneMatch(r -> r.classification().redacted());
    }
    assertThat(regionsOver(regions, ct.of(Scene.Kind.OTHER).get(0)))
        .anyMatch(r -> r.classification() == RegionClass.UNKNOWN_TEXT);
  }

  @Test
  void ctRedactionLeavesNoRecoverableName() throws Exception {
    Scene ct = Scenes.ct();
    VerifiedRedaction result = SCANNER.redactAndVerify(ct.image, Scenes.PHI_VALUES);

    assertThat(result.clean()).as("residual %s", result.residual()).isTrue();
    assertNoPhiRecoverable(result.image());
    assertCovered(result.filled(), ct.of(Scene.Kind.PHI));
    assertThat(ct.image.getRGB(10, 10))
        .as("input untouched")
        .isNotEqualTo(result.image().getRGB(10, 10));
  }

  @Test
  void ultrasoundBannerInYellowAndGreenIsFoundAndRemoved() throws Exception {
    Scene us = Scenes.ultrasound();
    VerifiedRedaction result = SCANNER.redactAndVerify(us.image, Scenes.PHI_VALUES);

    for (Scene.Label phi : us.of(Scene.Kind.PHI)) {
      assertThat(regionsOver(result.regions(), phi)).anyMatch(TextRegion::phi);
    }
    assertCovered(result.filled(), us.of(Scene.Kind.PHI));
    assertCovered(result.filled(), us.of(Scene.Kind.OTHER));
    assertNoPhiRecoverable(result.image());
    assertThat(result.clean()).as("residual %s", result.residual()).isTrue();
  }

  @Test
  void xrayLeadMarkersStayAndTheNameGoes() throws Exception {
    Scene xray = Scenes.xray();
    VerifiedRedaction result = SCANNER.redactAndVerify(xray.image, Scenes.PHI_VALUES);

    assertCovered(result.filled(), xray.of(Scene.Kind.PHI));
    for (Scene.Label marker : xray.of(Scene.Kind.BENIGN)) {
      assertThat(result.filled()).as(marker.text()).noneMatch(b -> b.intersects(marker.box()));
    }
    assertNoPhiRecoverable(result.image());
  }

  @Test
  void darkTextOnAScannedPageIsReadAndUnknownTextIsRedactedToo() throws Exception {
    Scene page = Scenes.document();
    VerifiedRedaction result = SCANNER.redactAndVerify(page.image, Scenes.PHI_VALUES);

    for (Scene.Label phi : page.of(Scene.Kind.PHI)) {
      assertThat(regionsOver(result.regions(), phi)).anyMatch(TextRegion::phi);
    }
    assertCovered(result.filled(), page.labels);
    assertNoPhiRecoverable(result.image());
    assertThat(result.clean()).isTrue();
  }

  @Test
  void lowContrastGreyAndTinyFontNamesAreCaught() throws Exception {
    Scene scene = Scenes.lowContrastAndTiny();
    VerifiedRedaction result = SCANNER.redactAndVerify(scene.image, Scenes.PHI_VALUES);

    for (Scene.Label phi : scene.of(Scene.Kind.PHI)) {
      assertThat(regionsOver(result.regions(), phi)).as(phi.text()).anyMatch(TextRegion::phi);
    }
    assertCovered(result.filled(), scene.of(Scene.Kind.PHI));
    assertNoPhiRecoverable(result.image());
  }

  @Test
  void invertedPolarityIsReadAndItsSliceCounterKept() throws Exception {
    Scene scene = Scenes.inverted();
    List<TextRegion> regions = SCANNER.detect(scene.image, Scenes.PHI_VALUES);

    assertThat(regionsOver(regions, scene.of(Scene.Kind.PHI).get(0))).anyMatch(TextRegion::phi);
    assertThat(regionsOver(regions, scene.of(Scene.Kind.BENIGN).get(0)))
        .isNotEmpty()
        .allMatch(r -> r.classification() == RegionClass.BENIGN);
  }

  @Test
  void textFreeAnatomyIsBarelyTouched() throws Exception {
    for (Scene scene : Scenes.textFree()) {
      Redaction redaction =
          SCANNER.redact(scene.image, SCANNER.detect(scene.image, Scenes.PHI_VALUES));
      assertThat(redaction.filledFraction()).isLessThanOrEqualTo(0.02);
    }
  }

  @Test
  void residualFindsWhatAnIncompleteRedactionLeft() throws Exception {
    Scene ct = Scenes.ct();
    Scene.Label name = ct.of(Scene.Kind.PHI).get(0);
    Redaction partial = SCANNER.redactBoxes(ct.image, List.of(ct.of(Scene.Kind.PHI).get(1).box()));

    assertThat(SCANNER.residual(partial.image(), Scenes.PHI_VALUES))
        .anyMatch(r -> r.phi() && r.box().intersects(name.box()));
  }

  static List<TextRegion> regionsOver(List<TextRegion> regions, Scene.Label label) {
    return regions.stream().filter(r -> r.box().intersects(label.box())).toList();
  }

  /** Every label's box lies inside the union of the filled boxes. */
  static void assertCovered(List<Box> filled, List<Scene.Label> labels) {
    for (Scene.Label label : labels) {
      long inside =
          Redactor.coveredPixels(
              clip(filled, label.box()), Integer.MAX_VALUE, label.box().bottom());
      assertThat(inside)
          .as("%s covered", label.text())
          .isGreaterThanOrEqualTo((long) (0.97 * label.box().area()));
    }
  }

  private static List<Box> clip(List<Box> boxes, Box to) {
    List<Box> out = new ArrayList<>();
    for (Box b : boxes) {
      Box i = b.intersection(to);
      if (i.area() > 0) {
        out.add(i);
      }
    }
    return out;
  }

  /** Neither a raw Tesseract pass nor the full detector reads any PHI value off the image. */
  static void assertNoPhiRecoverable(BufferedImage redacted) throws Exception {
    StringBuilder all = new StringBuilder();
    for (OcrWord w : SCANNER.ocr().rawSinglePass(redacted)) {
      all.append(w.text()).append(' ');
    }
    for (TextRegion r : SCANNER.detect(redacted, Scenes.PHI_VALUES)) {
      all.append(r.text()).append(' ');
      assertThat(r.phi()).as("PHI region left: %s", r.box()).isFalse();
    }
    assertThat(Scenes.PHI_VALUES.find(all.toString())).as("PHI read back").isEmpty();
  }
}
