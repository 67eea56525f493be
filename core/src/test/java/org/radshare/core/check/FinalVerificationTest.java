/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.phi.PhiMatcher;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.policy.Finding;
import org.radshare.core.policy.Verdict;
import org.radshare.core.policy.VerdictEngine;

/**
 * The independent final verification: what it must catch in an image about to leave (a partial
 * redaction, a faint name nobody redacted, on a still, one image of a layout or one frame of a
 * clip) and what it must leave alone (anatomy and kept annotations beside a redaction).
 */
class FinalVerificationTest {
  private static final CheckRules RULES = new CheckRules(new PixelScanner());
  private static final PhiMatcher LEXICON = lexicon();

  @Test
  void theRestOfAHalfRedactedLargeNameBlocks() {
    BufferedImage img = LeakScenes.rgb(1600, 600, new Color(24, 24, 24));
    Box name =
        LeakScenes.draw(
            img, "JANE DOE", 120, 330, new Font(Font.SANS_SERIF, Font.BOLD, 120), Color.WHITE);
    // The first pass's fragmentary word box: only the second half of the name.
    Box half =
        new Box(
            name.x() + name.width() / 2, name.y() - 10, name.width() / 2 + 10, name.height() + 20);
    fill(img, half);

    List<Finding> findings = verify(List.of(new PostedImage(img, List.of(half), List.of())));

    assertThat(findings).hasAtLeastOneElementOfType(Finding.FinalVerification.class);
    assertThat(VerdictEngine.decide(findings).verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  void aFaintNameNobodyRedactedBlocksAStillAndAFrameOfAClip() {
    BufferedImage faint = LeakScenes.faintRgb().image();
    BufferedImage clean = LeakScenes.rgb(800, 600, Color.BLACK);

    assertThat(verify(List.of(new PostedImage(faint, List.of(), List.of()))))
        .hasAtLeastOneElementOfType(Finding.FinalVerification.class);
    List<PostedImage> clip = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      clip.add(new PostedImage(i == 4 ? faint : clean, List.of(), List.of()));
    }
    assertThat(verify(clip)).hasAtLeastOneElementOfType(Finding.FinalVerification.class);
  }

  @Test
  void aRedactionInsideAnatomyAndBesideKeptAnnotationsStaysClean() {
    BufferedImage img = LeakScenes.radiograph(1024, 1024, 11);
    Box kept =
        LeakScenes.draw(
            img, "W: 400 L: 40", 20, 1000, new Font(Font.SANS_SERIF, Font.PLAIN, 14), Color.WHITE);
    Box name = new Box(kept.right() + 12, kept.y() - 2, 160, kept.height() + 4);
    fill(img, name);
    Box inBone = new Box(470, 400, 120, 30);
    fill(img, inBone);

    List<Finding> findings =
        verify(List.of(new PostedImage(img, List.of(name, inBone), List.of(kept))));

    assertThat(findings).isEmpty();
  }

  @Test
  void aTextFreeImageStaysClean() {
    BufferedImage img = LeakScenes.radiograph(1024, 1024, 12);

    assertThat(verify(List.of(new PostedImage(img, List.of(), List.of())))).isEmpty();
  }

  private static List<Finding> verify(List<PostedImage> images) {
    List<Finding> findings = new ArrayList<>();
    RULES.verifyPosted(images, LEXICON, findings);
    return findings;
  }

  private static void fill(BufferedImage img, Box b) {
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(b.x(), b.y(), b.width(), b.height());
    g.dispose();
  }

  private static PhiMatcher lexicon() {
    return CheckRules.lexicon(LeakScenes.header(), new ArrayList<>());
  }
}
