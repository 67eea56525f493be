/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.CheckedShare;
import org.radshare.core.share.ShareInput;
import org.radshare.core.share.ShareService;

/**
 * Large, plainly drawn text that OCR may fail to read (a huge bold date with a drop shadow over a
 * radiograph) never passes untouched: it is covered, or the post is blocked.
 */
class UnreadTextTest {
  private static final ShareService SERVICE = ShareService.create();

  /** Share of {@code box} that the filled rectangles cover. */
  private static double covered(Box box, List<Box> filled) {
    int hit = 0;
    for (int y = box.y(); y < box.bottom(); y++) {
      for (int x = box.x(); x < box.right(); x++) {
        int px = x;
        int py = y;
        if (filled.stream()
            .anyMatch(f -> px >= f.x() && px < f.right() && py >= f.y() && py < f.bottom())) {
          hit++;
        }
      }
    }
    return hit / (double) box.area();
  }

  private static void assertCoveredOrBlocked(Scene s) throws Exception {
    CheckedShare checked = SERVICE.check(new ShareInput(s.image, Optional.empty(), ""));
    Box date = s.labels.get(s.labels.size() - 1).box();
    if (checked.report().verdict() != Verdict.BLOCK) {
      assertThat(covered(date, checked.filled())).isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void aHugeBoldShadowedDateOverARadiographIsCoveredOrBlocked() throws Exception {
    Scene s = new Scene(1024, 768, 35).radiograph();
    Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 128);
    s.text("12.03.24", 126, 478, bold, new Color(20, 20, 20), Scene.Kind.BENIGN);
    s.text("12.03.24", 120, 472, bold, new Color(235, 235, 235), Scene.Kind.PHI);
    assertCoveredOrBlocked(s);
  }

  @Test
  void aHugeBoldDateOverABrightGradientIsCoveredOrBlocked() throws Exception {
    Scene s = new Scene(900, 600, 7);
    for (int y = 0; y < 600; y++) {
      for (int x = 0; x < 900; x++) {
        int g = 120 + (x * 100) / 900;
        s.image.setRGB(x, y, (g << 16) | (g << 8) | g);
      }
    }
    Font bold = new Font(Font.SERIF, Font.BOLD, 128);
    s.text("03/12/1961", 64, 356, bold, new Color(40, 40, 40), Scene.Kind.BENIGN);
    s.text("03/12/1961", 58, 350, bold, Color.WHITE, Scene.Kind.PHI);
    assertCoveredOrBlocked(s);
  }
}
