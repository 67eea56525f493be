/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.radshare.core.connect.ClipSupport;
import org.radshare.core.connect.Platform;

/** The encoder never fits a clip more loosely than the connector that will upload it. */
class ClipLimitsTest {

  @Test
  void byteCapsNeverExceedWhatTheConnectorsAccept() {
    for (Platform p : Platform.values()) {
      ClipSupport support = ClipSupport.defaultsFor(p);
      for (VideoFormat f : VideoFormat.values()) {
        long accepted = support.maxBytes(f.mimeType());
        if (p != Platform.OUTBOX && accepted > 0) {
          assertThat(ClipLimits.of(p, f).maxBytes())
              .as("%s %s", p, f)
              .isLessThanOrEqualTo(accepted);
        }
      }
    }
  }

  @Test
  void theOutboxKeepsEveryFrameAndByte() {
    assertThat(ClipLimits.of(Platform.OUTBOX, VideoFormat.MP4)).isEqualTo(ClipLimits.NONE);
  }

  @Test
  void aTighterCapOnlyLowersTheByteLimit() {
    ClipLimits x = ClipLimits.of(Platform.X, VideoFormat.GIF);
    assertThat(x.withMaxBytes(1_000).maxBytes()).isEqualTo(1_000);
    assertThat(x.withMaxBytes(Long.MAX_VALUE)).isEqualTo(x);
    assertThat(x.withMaxBytes(1_000).maxFrames()).isEqualTo(x.maxFrames());
  }
}
