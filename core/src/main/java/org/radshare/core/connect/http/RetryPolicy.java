/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard to try: timeouts for every call and a bounded retry budget for 429 and 5xx answers.
 *
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for one whole request and response
 * @param maxAttempts attempts per call, including the first
 * @param baseDelay first backoff delay; doubled per attempt, with jitter
 * @param maxDelay longest single wait, whatever a reset header says
 * @param totalBudget longest time one call may take including all waits
 */
public record RetryPolicy(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration baseDelay,
    Duration maxDelay,
    Duration totalBudget) {

  public RetryPolicy {
    Objects.requireNonNull(connectTimeout);
    Objects.requireNonNull(requestTimeout);
    Objects.requireNonNull(baseDelay);
    Objects.requireNonNull(maxDelay);
    Objects.requireNonNull(totalBudget);
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** Defaults for interactive posting: a user is waiting, so give up within about two minutes. */
  public static RetryPolicy interactive() {
    return new RetryPolicy(
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        5,
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(120));
  }

  /** The wait before attempt {@code attempt + 1}: exponential, capped, with "equal jitter". */
  Duration backoff(int attempt, double random) {
    long base = baseDelay.toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, maxDelay.toMillis());
    return Duration.ofMillis(capped / 2 + (long) (random * (capped / 2.0)));
  }
}
