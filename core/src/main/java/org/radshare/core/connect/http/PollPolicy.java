/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait for a platform that is still processing uploaded media (a clip can take
 * minutes): a bounded number of polls with doubling waits, within a total budget, so a user is
 * never left waiting forever and a platform is never hammered.
 *
 * @param maxPolls polls at most, after the upload itself
 * @param firstDelay the wait before the first poll; doubled before each later one
 * @param maxDelay longest single wait chosen by us (a wait the platform asks for is honoured)
 * @param budget longest total time spent waiting for one item
 */
public record PollPolicy(int maxPolls, Duration firstDelay, Duration maxDelay, Duration budget) {

  public PollPolicy {
    Objects.requireNonNull(firstDelay);
    Objects.requireNonNull(maxDelay);
    Objects.requireNonNull(budget);
    if (maxPolls < 1 || firstDelay.isNegative() || firstDelay.isZero()) {
      throw new IllegalArgumentException("a poll policy needs at least one poll and a delay");
    }
  }

  /** Media processing: 1 s, 2 s, 4 s, … up to 15 s between polls, at most 40 polls or 5 minutes. */
  public static PollPolicy mediaProcessing() {
    return new PollPolicy(40, Duration.ofSeconds(1), Duration.ofSeconds(15), Duration.ofMinutes(5));
  }

  /** Our own wait before poll {@code poll} (1-based): doubling from the first delay, capped. */
  public Duration delay(int poll) {
    long millis = firstDelay.toMillis() << Math.min(Math.max(poll - 1, 0), 20);
    return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
  }
}
