/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Upload deadlines that grow with the upload, and the answer cap. */
class RetryPolicyTest {

  private final RetryPolicy interactive = RetryPolicy.interactive();

  @Test
  void aSmallCallGetsTheBaseDeadline() {
    assertThat(interactive.attemptTimeout(0)).isEqualTo(Duration.ofSeconds(60));
    assertThat(interactive.budget(0)).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void anUploadGetsTimeForItsBytesAtTheSlowestUplink() {
    // A 4,000,000-byte X segment at 128 KiB/s: about 30.5 s more than a small call.
    assertThat(interactive.attemptTimeout(4_000_000)).isEqualTo(Duration.ofMillis(60_000 + 30_517));
    // A 100 MB clip gets about 12.7 minutes: a slow uplink finishes instead of failing at 60 s.
    assertThat(interactive.attemptTimeout(100_000_000).toMinutes()).isEqualTo(13);
    assertThat(interactive.budget(100_000_000))
        .isGreaterThan(interactive.attemptTimeout(100_000_000));
  }

  @Test
  void capAndRateMustBePositive() {
    assertThatThrownBy(
            () ->
                new RetryPolicy(
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    1,
                    Duration.ofMillis(1),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    0,
                    1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(interactive.maxResponseBytes()).isEqualTo(2L << 20);
  }
}
