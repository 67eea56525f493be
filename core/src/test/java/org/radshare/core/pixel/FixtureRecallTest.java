/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.capture.ImageFiles;
import org.radshare.core.evaluation.Coverage;
import org.radshare.core.evaluation.Fixtures;
import org.radshare.core.evaluation.ImageFixture;
import org.radshare.core.evaluation.TruthRegion;
import org.radshare.core.phi.PhiLexicon;

/**
 * The committed synthetic captures of test-data: every PHI box is redacted (recall at least 0.99)
 * and nothing identifying can be read back from any redacted output.
 */
class FixtureRecallTest {
  private static final Path FIXTURES = Path.of("../test-data/fixtures");

  @Test
  void phiBoxesAreRedactedAndNothingLeaks() throws Exception {
    assertThat(Files.isDirectory(FIXTURES.resolve("images")))
        .as("fixtures missing at %s (run from core/)", FIXTURES.toAbsolutePath())
        .isTrue();
    PixelScanner scanner = new PixelScanner();
    int phiBoxes = 0;
    int covered = 0;
    List<String> leaks = new ArrayList<>();
    for (ImageFixture f : Fixtures.images(FIXTURES)) {
      PhiLexicon lexicon = PhiLexicon.from(HeaderFiles.read(f.header()));
      VerifiedRedaction result = scanner.redactAndVerify(ImageFiles.read(f.image()), lexicon);
      Coverage filled = Coverage.of(f.width(), f.height(), result.filled());
      for (TruthRegion t : f.truth()) {
        if (t.phi()) {
          phiBoxes++;
          covered += filled.fractionCovered(t.box()) >= 0.95 ? 1 : 0;
        }
      }
      StringBuilder read = new StringBuilder();
      for (OcrWord w : scanner.ocr().rawSinglePass(result.image())) {
        read.append(w.text()).append(' ');
      }
      String text = read.toString().toLowerCase(Locale.ROOT);
      if (!lexicon.find(read.toString()).isEmpty()) {
        leaks.add(f.id());
      }
      for (TruthRegion t : f.truth()) {
        for (String token : t.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          if (t.phi() && token.length() >= 4 && text.contains(token)) {
            leaks.add(f.id() + ":" + t.category());
          }
        }
      }
    }
    assertThat(phiBoxes).isPositive();
    assertThat((double) covered / phiBoxes).as("PHI box recall").isGreaterThanOrEqualTo(0.99);
    assertThat(leaks).as("PHI read back from redacted output").isEmpty();
  }
}
