/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.pixel.FrameReader;
import org.radshare.core.pixel.PixelScanner;

/** The invariant that no frame goes unchecked, without any OCR. */
class FrameCoverageTest {
  private final PixelScanner pixels = new PixelScanner();
  private final ClipChecker checker =
      new ClipChecker(pixels, new FrameReader(pixels, PhiLexicon.from(Dataset.empty())));

  private static BufferedImage frame(String... lines) {
    BufferedImage img = new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(60, 60, 60));
    g.fillOval(60, 30, 80, 60);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int i = 0; i < lines.length; i++) {
      g.drawString(lines[i], 6, 16 + 90 * i);
    }
    g.dispose();
    return img;
  }

  @Test
  void framesWithIdenticalTextPointToTheFirstScannedOneAndNewTextIsScanned() {
    List<BufferedImage> frames = new ArrayList<>();
    frames.add(frame("SMITH JOHN"));
    frames.add(frame("SMITH JOHN"));
    frames.add(frame("SMITH JOHN", "Jones, Mary")); // a name on one frame only
    frames.add(frame("SMITH JOHN"));
    frames.add(frame("SMITH JOHN", "Im: 5"));
    List<FrameCoverage> coverage = checker.cover(new FrameSet(frames, 100));

    assertThat(coverage)
        .containsExactly(
            new FrameCoverage.Scanned(0),
            new FrameCoverage.SameTextAs(1, 0),
            new FrameCoverage.Scanned(2),
            new FrameCoverage.SameTextAs(3, 0),
            new FrameCoverage.Scanned(4));
  }

  @Test
  void aOnePixelChangeInsideTextMakesTheFrameScanned() {
    BufferedImage changed = frame("SMITH JOHN");
    // Flip one pixel inside the text line: its content is no longer proven identical.
    changed.setRGB(8, 10, changed.getRGB(8, 10) ^ 0x00FFFFFF);
    List<FrameCoverage> coverage =
        checker.cover(new FrameSet(List.of(frame("SMITH JOHN"), changed), 100));
    assertThat(coverage.get(1)).isEqualTo(new FrameCoverage.Scanned(1));
  }

  @Test
  void anIncompleteOrDanglingCoverageIsRefused() {
    assertThatThrownBy(
            () -> FrameCoverage.requireComplete(List.of(new FrameCoverage.Scanned(0)), 2))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                FrameCoverage.requireComplete(
                    List.of(new FrameCoverage.SameTextAs(0, 1), new FrameCoverage.SameTextAs(1, 0)),
                    2))
        .hasMessageContaining("unscanned");
    assertThatThrownBy(
            () ->
                FrameCoverage.requireComplete(
                    List.of(new FrameCoverage.Scanned(1), new FrameCoverage.Scanned(0)), 2))
        .hasMessageContaining("no coverage entry");
  }
}
