/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radshare.core.pixel.Box;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.CheckedShare;
import org.radshare.core.share.ShareInput;
import org.radshare.core.share.ShareService;

/**
 * The pixel leaks seen in use (issue 10), as regression tests: each identifying text is covered
 * whole, or the post is blocked; never a PASS with the name intact.
 */
class SeenPixelLeaksTest {
  private static final ShareService SERVICE = ShareService.create();

  static Stream<LeakScenes.Case> cases() {
    return LeakScenes.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void identifyingTextIsCoveredWholeOrThePostIsBlocked(LeakScenes.Case c) {
    CheckedShare checked = SERVICE.check(new ShareInput(c.image(), LeakScenes.header(), ""));

    assertThat(checked.report().verdict()).isNotEqualTo(Verdict.PASS);
    if (checked.report().verdict() != Verdict.BLOCK) {
      for (Box phi : c.phi()) {
        assertThat(covered(checked.filled(), phi))
            .as("%s: %s covered (filled %s)", c.name(), phi, checked.filled())
            .isGreaterThanOrEqualTo(0.95);
      }
    }
  }

  static double covered(List<Box> filled, Box b) {
    long in = 0;
    for (int y = b.y(); y < b.bottom(); y++) {
      for (int x = b.x(); x < b.right(); x++) {
        int px = x;
        int py = y;
        if (filled.stream()
            .anyMatch(f -> px >= f.x() && px < f.right() && py >= f.y() && py < f.bottom())) {
          in++;
        }
      }
    }
    return b.area() == 0 ? 1 : in / (double) b.area();
  }
}
