/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when something "sleeps" on it: retries are tested without waiting. */
public final class TestTime extends Clock implements Sleeper {

  private Instant now;
  public final List<Duration> sleeps = new ArrayList<>();

  public TestTime(Instant start) {
    this.now = start;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }

  /** A client on this time with the interactive timeouts. */
  public ApiClient client(org.radshare.core.connect.Platform platform) {
    return client(platform, Duration.ofSeconds(10));
  }

  /** A client on this time with a given real request timeout (for WireMock-delay tests). */
  public ApiClient client(org.radshare.core.connect.Platform platform, Duration requestTimeout) {
    RetryPolicy policy =
        new RetryPolicy(
            Duration.ofSeconds(2),
            requestTimeout,
            5,
            Duration.ofMillis(500),
            Duration.ofSeconds(30),
            Duration.ofSeconds(120));
    return new ApiClient(platform, policy, this, this, new java.util.Random(42));
  }
}
