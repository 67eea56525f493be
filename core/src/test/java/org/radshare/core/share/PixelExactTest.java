/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.encode.CleanImageEncoder;
import org.radshare.core.phi.SyntheticHeaders;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.GreyWindow;

/**
 * Issue 16 item 1: the posted image is the captured image, sample for sample, except where it was
 * redacted. Walks every input kind through the core pipeline and the PNG that is posted.
 */
class PixelExactTest {

  private static ShareService service;

  @BeforeAll
  static void engine() {
    service = ShareService.create();
  }

  @Test
  void everyInputKindKeepsItsSamplesOutsideTheRedactions() {
    Dataset header = SyntheticHeaders.ct();
    for (InputKinds.Kind kind : InputKinds.all(true)) {
      CheckedShare checked = service.check(new ShareInput(kind.image(), Optional.of(header), ""));
      assertThat(checked.redacted()).as(kind.name()).isPresent();
      BufferedImage posted = postedPng(checked.redacted().get());
      assertExact(kind, posted, checked.filled());
      if (kind.name().equals("8-bit grey")) {
        assertThat(checked.filled()).as("the name is filled").isNotEmpty();
      }
    }
  }

  @Test
  void anImageWithoutTextComesOutIdentical() {
    for (InputKinds.Kind kind : InputKinds.all(false)) {
      CheckedShare checked = service.check(new ShareInput(kind.image(), Optional.empty(), ""));
      assertThat(checked.filled()).as(kind.name()).isEmpty();
      assertExact(kind, postedPng(checked.redacted().orElseThrow()), List.of());
    }
  }

  @Test
  void deepGreyIsWindowedOnceAndTheWindowIsReported() throws Exception {
    BufferedImage deep = InputKinds.deepGrey(InputKinds.greyScene(false));
    CheckedShare own = service.check(new ShareInput(deep, Optional.empty(), ""));
    assertThat(own.window())
        .get()
        .extracting(GreyWindow::source)
        .isEqualTo(GreyWindow.Source.MIN_MAX);
    assertThat(own.window().get().describe()).contains("minimum to maximum");

    // A header window (centre 40, width 80 in HU with a rescale of 1 and -1024) wins over the
    // image's own range: stored 1064 is the centre.
    Dataset header =
        org.radshare.core.dicom.DicomJsonReader.read(
            """
            {"00281050": {"vr": "DS", "Value": ["40"]},
             "00281051": {"vr": "DS", "Value": ["80"]},
             "00281052": {"vr": "DS", "Value": ["-1024"]},
             "00281053": {"vr": "DS", "Value": ["1"]}}
            """);
    CheckedShare dicom = service.check(new ShareInput(deep, Optional.of(header), ""));
    GreyWindow w = dicom.window().orElseThrow();
    assertThat(w.source()).isEqualTo(GreyWindow.Source.DICOM);
    assertThat(w.center()).isEqualTo(1064.0);
    Raster in = deep.getRaster();
    Raster out = postedPng(dicom.redacted().orElseThrow()).getRaster();
    assertThat(out.getNumBands()).isEqualTo(1);
    for (int y = 0; y < deep.getHeight(); y += 7) {
      for (int x = 0; x < deep.getWidth(); x += 7) {
        assertThat(out.getSample(x, y, 0)).isEqualTo(w.apply(in.getSample(x, y, 0)));
      }
    }
  }

  /** The bytes that would be posted, decoded again. */
  static BufferedImage postedPng(BufferedImage redacted) {
    return InputKinds.decode(CleanImageEncoder.png(redacted).bytes());
  }

  /**
   * Every pixel outside {@code filled} holds the sample the input kind must be posted with; every
   * pixel inside is opaque black.
   */
  static void assertExact(InputKinds.Kind kind, BufferedImage posted, List<Box> filled) {
    BufferedImage in = kind.image();
    assertThat(posted.getWidth()).isEqualTo(in.getWidth());
    assertThat(posted.getHeight()).isEqualTo(in.getHeight());
    int[] range = range(in);
    long changed = 0;
    for (int y = 0; y < in.getHeight(); y++) {
      for (int x = 0; x < in.getWidth(); x++) {
        int[] actual = posted.getRaster().getPixel(x, y, (int[]) null);
        if (inside(filled, x, y)) {
          assertThat(isBlack(posted, actual)).as("%s (%d,%d) filled", kind.name(), x, y).isTrue();
        } else if (!java.util.Arrays.equals(actual, expected(in, x, y, range))) {
          changed++;
        }
      }
    }
    assertThat(changed).as("%s: pixels changed outside the redactions", kind.name()).isZero();
  }

  private static int[] expected(BufferedImage in, int x, int y, int[] range) {
    int[] s = in.getRaster().getPixel(x, y, (int[]) null);
    if (in.getRaster().getSampleModel().getSampleSize(0) == 16) {
      return new int[] {(int) Math.round((s[0] - range[0]) * 255.0 / (range[1] - range[0]))};
    }
    if (in.getColorModel() instanceof IndexColorModel icm && InputKindsBlack.none(icm)) {
      int rgb = icm.getRGB(s[0]);
      return new int[] {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255};
    }
    return s;
  }

  private static int[] range(BufferedImage in) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int y = 0; y < in.getHeight(); y++) {
      for (int x = 0; x < in.getWidth(); x++) {
        int v = in.getRaster().getSample(x, y, 0);
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    return new int[] {min, max};
  }

  private static boolean isBlack(BufferedImage posted, int[] samples) {
    if (posted.getColorModel() instanceof IndexColorModel icm) {
      return icm.getRGB(samples[0]) == 0xFF000000;
    }
    boolean alpha = posted.getColorModel().hasAlpha();
    for (int b = 0; b < samples.length; b++) {
      boolean isAlpha = alpha && b == samples.length - 1;
      if (isAlpha ? samples[b] != 255 : samples[b] != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean inside(List<Box> boxes, int x, int y) {
    for (Box b : boxes) {
      if (x >= b.x() && x < b.right() && y >= b.y() && y < b.bottom()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a palette lacks opaque black. */
  private static final class InputKindsBlack {
    static boolean none(IndexColorModel icm) {
      for (int i = 0; i < icm.getMapSize(); i++) {
        if (icm.getRGB(i) == 0xFF000000) {
          return false;
        }
      }
      return true;
    }
  }
}
