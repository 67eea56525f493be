package org.radshare.core.cine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.policy.Verdict;

class ClipServiceTest {
  private static ClipService service;

  @BeforeAll
  static void warm() {
    service = new ClipService(new PixelScanner());
  }

  @ParameterizedTest
  @ValueSource(strings = {"cine-001", "cine-002"})
  void everyIdentifierIsBlackedOutOnEveryFrame(String id) throws Exception {
    CheckedClip checked = service.check(CineFixtures.input(id));
    assertThat(checked.redacted()).isPresent();
    FrameSet out = checked.redacted().get();
    for (CineFixtures.Truth t : CineFixtures.truth(id)) {
      if (t.phi()) {
        assertThat(blackShare(out.frame(t.frame()), t.box()))
            .as("%s frame %d: %s", id, t.frame(), t.text())
            .isGreaterThanOrEqualTo(0.95);
      }
    }
    assertThat(checked.report().residual()).isEmpty();
    assertThat(checked.report().verdict()).isNotEqualTo(Verdict.PASS);
  }

  @Test
  void theNameOnOneFrameOnlyIsFoundAndItsFrameIsScanned() throws Exception {
    CheckedClip checked = service.check(CineFixtures.input("cine-001"));
    assertThat(checked.report().coverage().get(13)).isInstanceOf(FrameCoverage.Scanned.class);
    FrameCoverage.requireComplete(checked.report().coverage(), 24);
    FrameCoverage.requireComplete(checked.report().verifiedCoverage(), 24);
  }

  @Test
  void aClipWithBenignTextOnlyKeepsMostOfItsPixels() throws Exception {
    ClipInput input = CineFixtures.input("cine-003");
    CheckedClip checked = service.check(input);
    FrameSet out = checked.redacted().orElseThrow();
    assertThat(checked.report().residual()).isEmpty();
    assertThat(checked.report().reasons()).noneMatch(r -> r.code().equals("pixel.phi-redacted"));
    for (int i = 0; i < out.size(); i++) {
      assertThat(changedShare(input.frames().frame(i), out.frame(i))).isLessThan(0.1);
    }
  }

  static double changedShare(BufferedImage before, BufferedImage after) {
    int changed = 0;
    for (int y = 0; y < before.getHeight(); y++) {
      for (int x = 0; x < before.getWidth(); x++) {
        if (before.getRGB(x, y) != after.getRGB(x, y)) {
          changed++;
        }
      }
    }
    return (double) changed / ((long) before.getWidth() * before.getHeight());
  }

  static double blackShare(BufferedImage img, Box box) {
    int black = 0;
    for (int y = box.y(); y < box.bottom(); y++) {
      for (int x = box.x(); x < box.right(); x++) {
        if ((img.getRGB(x, y) & 0xFFFFFF) == 0) {
          black++;
        }
      }
    }
    return (double) black / box.area();
  }
}
