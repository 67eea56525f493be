/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.radshare.core.pixel.Scene.Kind.BENIGN;
import static org.radshare.core.pixel.Scene.Kind.PHI;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.capture.ImageFiles;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.CheckedShare;
import org.radshare.core.share.ShareInput;
import org.radshare.core.share.ShareService;

/**
 * Benign overlay text stays and does not raise the verdict; anatomy is not taken for text; an
 * identifier beside benign overlays is still redacted.
 */
class BenignOverlayTest {
  private static final ShareService SERVICE = ShareService.create();
  private static final Path IMAGES = Path.of("../test-data/fixtures/images");

  /** A CT header naming an invented patient and raising no risk flag. */
  private static Dataset cleanHeader() throws Exception {
    return DicomJsonReader.read(
        "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"SMITHSON^JOHANNA\"}]},"
            + "\"00100020\":{\"vr\":\"LO\",\"Value\":[\"8377162\"]},"
            + "\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]},"
            + "\"00280301\":{\"vr\":\"CS\",\"Value\":[\"NO\"]}}");
  }

  private static CheckedShare checkFixture(String id) throws Exception {
    return SERVICE.check(
        new ShareInput(
            ImageFiles.read(IMAGES.resolve(id + ".png")),
            Optional.of(HeaderFiles.read(IMAGES.resolve(id + ".header.json"))),
            ""));
  }

  private static Scene overlays() {
    // A plain dark frame: this is about the text; anatomy has tests of its own below.
    Scene s = new Scene(512, 512, 11).fill(new Color(24, 24, 24));
    Color w = Color.WHITE;
    s.text("W: 400 L: 40", 8, 470, 13, w, BENIGN);
    s.text("Im: 23/120", 8, 488, 13, w, BENIGN);
    s.text("Se: 12", 8, 40, 13, w, BENIGN);
    s.text("120 kV 180 mAs", 360, 470, 13, w, BENIGN);
    s.text("Zoom x1.5", 400, 488, 13, w, BENIGN);
    s.text("ST: 1.25 mm", 400, 506, 13, w, BENIGN);
    s.text("SUPINE", 420, 20, 13, w, BENIGN);
    return s;
  }

  @Test
  void aCaptureWithOnlyBenignOverlaysPassesWithNothingFilled() throws Exception {
    Scene s = overlays();
    CheckedShare checked =
        SERVICE.check(new ShareInput(s.image, Optional.of(cleanHeader()), "Axial CT"));

    assertThat(checked.filled()).isEmpty();
    assertThat(checked.report().regions())
        .isNotEmpty()
        .allMatch(r -> r.classification() == RegionClass.BENIGN);
    assertThat(checked.report().verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void aNameBesideBenignOverlaysIsStillRedactedAndNeedsReview() throws Exception {
    Scene s = overlays();
    s.text("SMITHSON^JOHANNA", 8, 20, 13, Color.WHITE, PHI);
    CheckedShare checked = SERVICE.check(new ShareInput(s.image, Optional.of(cleanHeader()), ""));

    PixelScannerTest.assertCovered(checked.filled(), s.of(PHI));
    for (Scene.Label benign : s.of(BENIGN)) {
      assertThat(checked.filled()).as(benign.text()).noneMatch(b -> b.intersects(benign.box()));
    }
    assertThat(checked.report().verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(checked.report().reasons()).anyMatch(r -> r.code().equals("pixel.phi-redacted"));
  }

  @Test
  void theVentriclesOfATextFreeMrHeadAreNotFilledAndItPasses() throws Exception {
    // neg-002: a text-free MR head whose dark ventricles were once blacked out as text.
    CheckedShare checked = checkFixture("neg-002");

    assertThat(checked.report().regions()).isEmpty();
    assertThat(checked.filled()).isEmpty();
    assertThat(checked.report().verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void benignMrOverlaysStayAndTheVentriclesAreNotFilled() throws Exception {
    // neg-008: MR head with W/L, counter, TR/TE, zoom, orientation and a 5 cm bar only. Its header
    // declares burned-in annotation, which keeps it at REVIEW by policy, and for nothing else.
    CheckedShare checked = checkFixture("neg-008");

    assertThat(checked.filled()).isEmpty();
    assertThat(checked.report().reasons())
        .extracting(r -> r.code())
        .containsExactly("header.burned-in-annotation");
  }
}
