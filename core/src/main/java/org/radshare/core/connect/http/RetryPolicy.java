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
 * @param requestTimeout time for one whole request and response, body included, before the upload
 *     allowance
 * @param maxAttempts attempts per call, including the first
 * @param baseDelay first backoff delay; doubled per attempt, with jitter
 * @param maxDelay longest single wait, whatever a reset header says
 * @param totalBudget longest time one call may take including all waits, before the upload
 *     allowance
 * @param maxResponseBytes the largest answer read; a longer body is cut off and refused, so a
 *     hostile or broken server cannot fill the memory
 * @param uploadBytesPerSecond the slowest uplink an upload is given time for: each call's timeout
 *     and budget grow by the time its body takes at this rate
 */
public record RetryPolicy(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration baseDelay,
    Duration maxDelay,
    Duration totalBudget,
    long maxResponseBytes,
    long uploadBytesPerSecond) {

  /** Answers RadShare reads are small JSON documents; 2 MiB is far above any of them. */
  public static final long MAX_RESPONSE_BYTES = 2L << 20;

  /** 1 Mbit/s: a 4 MB segment gets about 31 s on top of the base timeout. */
  public static final long UPLOAD_BYTES_PER_SECOND = 128L << 10;

  public RetryPolicy {
    Objects.requireNonNull(connectTimeout);
    Objects.requireNonNull(requestTimeout);
    Objects.requireNonNull(baseDelay);
    Objects.requireNonNull(maxDelay);
    Objects.requireNonNull(totalBudget);
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (maxResponseBytes < 1 || uploadBytesPerSecond < 1) {
      throw new IllegalArgumentException("response cap and upload rate must be positive");
    }
  }

  /** A policy with the default response cap and upload rate. */
  public RetryPolicy(
      Duration connectTimeout,
      Duration requestTimeout,
      int maxAttempts,
      Duration baseDelay,
      Duration maxDelay,
      Duration totalBudget) {
    this(
        connectTimeout,
        requestTimeout,
        maxAttempts,
        baseDelay,
        maxDelay,
        totalBudget,
        MAX_RESPONSE_BYTES,
        UPLOAD_BYTES_PER_SECOND);
  }

  /** The time one attempt may take, answer included, for a request body of {@code bodyBytes}. */
  public Duration attemptTimeout(long bodyBytes) {
    return requestTimeout.plus(uploadAllowance(bodyBytes));
  }

  /** The time one call may take, retries and waits included, for a body of {@code bodyBytes}. */
  public Duration budget(long bodyBytes) {
    return totalBudget.plus(uploadAllowance(bodyBytes));
  }

  private Duration uploadAllowance(long bodyBytes) {
    return Duration.ofMillis(Math.max(0, bodyBytes) * 1000 / uploadBytesPerSecond);
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
