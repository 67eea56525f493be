/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.phi.PhiMatcher;

class OcrEngineTest {

  @Test
  void aMissingModelIsReportedSoTheCallerCanFailClosed(@TempDir Path empty) {
    PixelScanner scanner = new PixelScanner(empty.resolve("no-such-tessdata"));
    BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);

    assertThatThrownBy(() -> scanner.detect(img, PhiMatcher.none()))
        .isInstanceOf(OcrUnavailableException.class)
        .hasMessageContaining("no-such-tessdata");
    assertThatThrownBy(() -> scanner.redactAndVerify(img, PhiMatcher.none()))
        .isInstanceOf(OcrUnavailableException.class);
  }

  @Test
  void theRawSinglePassReadsPlainText() throws Exception {
    Scene s = new Scene(300, 60, 1).fill(Color.WHITE);
    s.text("Hello radiology", 10, 35, 20, Color.BLACK, Scene.Kind.OTHER);

    List<OcrWord> words = TesseractOcr.bundled().rawSinglePass(s.image);

    assertThat(words).extracting(OcrWord::text).contains("Hello", "radiology");
    assertThat(words).allMatch(w -> w.box().intersects(s.labels.get(0).box()));
  }

  @Test
  void oneEnginePerThreadServesConcurrentCallers() throws Exception {
    TesseractOcr ocr = TesseractOcr.bundled();
    Scene s = new Scene(300, 60, 1).fill(Color.WHITE);
    s.text("Parallel words", 10, 35, 20, Color.BLACK, Scene.Kind.OTHER);
    List<String>[] seen = new List[2];
    Thread other =
        new Thread(
            () -> {
              try {
                seen[1] = ocr.rawSinglePass(s.image).stream().map(OcrWord::text).toList();
              } catch (OcrUnavailableException e) {
                throw new IllegalStateException(e);
              }
            });
    other.start();
    seen[0] = ocr.rawSinglePass(s.image).stream().map(OcrWord::text).toList();
    other.join();
    assertThat(seen[1]).isEqualTo(seen[0]).contains("Parallel");
  }
}
