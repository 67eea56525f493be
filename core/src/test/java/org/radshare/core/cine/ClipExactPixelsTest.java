/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.radshare.core.phi.SyntheticHeaders;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.share.InputKinds;

/**
 * Issue 16 item 1 on the clip path: grey frames are taken sample for sample (g → g, g, g, no
 * colour-managed brightening) and only masked pixels change before the video encoder.
 */
class ClipExactPixelsTest {

  @Test
  void greyFramesKeepTheirValuesOutsideTheMask() {
    BufferedImage withName = InputKinds.greyScene(true);
    BufferedImage plain = InputKinds.greyScene(false);
    List<BufferedImage> frames = List.of(plain, withName, plain, withName);
    CheckedClip checked =
        new ClipService(new PixelScanner())
            .check(
                new ClipInput(new FrameSet(frames, 100), Optional.of(SyntheticHeaders.ct()), ""));
    FrameSet out = checked.redacted().orElseThrow();
    assertThat(checked.mask().boxesFor(1)).as("the name is masked").isNotEmpty();
    for (int i = 0; i < frames.size(); i++) {
      BufferedImage in = frames.get(i);
      BufferedImage posted = out.frame(i);
      long changed = 0;
      long maskedButNotBlack = 0;
      for (int y = 0; y < in.getHeight(); y++) {
        for (int x = 0; x < in.getWidth(); x++) {
          int g = in.getRaster().getSample(x, y, 0);
          int rgb = posted.getRGB(x, y) & 0xFFFFFF;
          if (rgb == ((g << 16) | (g << 8) | g)) {
            continue;
          }
          if (InputKinds.TEXT_ZONE.contains(x, y)) {
            maskedButNotBlack += rgb == 0 ? 0 : 1;
          } else {
            changed++;
          }
        }
      }
      assertThat(changed).as("frame %d: pixels changed away from the text", i).isZero();
      assertThat(maskedButNotBlack).as("frame %d: changed pixels are fills", i).isZero();
    }
  }
}
