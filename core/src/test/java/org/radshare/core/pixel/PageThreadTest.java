/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A whole-image pass read on the page thread fails the check exactly as it would in place. */
class PageThreadTest {

  @Test
  void anEngineFailureOnThePageThreadReachesTheCaller() {
    var pending =
        new TesseractOcr.Pending(
            CompletableFuture.failedFuture(new OcrUnavailableException("model missing")));

    assertThatThrownBy(pending::words)
        .isInstanceOf(OcrUnavailableException.class)
        .hasMessage("model missing");
  }

  @Test
  void anUnexpectedFailureIsNotSwallowed() {
    var pending =
        new TesseractOcr.Pending(
            CompletableFuture.failedFuture(new IllegalStateException("native crash")));

    assertThatThrownBy(pending::words).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theRealEngineReadsOnThePageThread() throws Exception {
    TesseractOcr ocr = TesseractOcr.bundled();
    byte[] white = new byte[64 * 32];
    java.util.Arrays.fill(white, (byte) 255);

    List<OcrWord> words = ocr.readSparseOnPageThread(white, 64, 32).words();

    assertThat(words).isEmpty();
  }
}
