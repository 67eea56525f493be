/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads how long a platform asked us to wait. Platforms disagree on the header and its format:
 * {@code Retry-After} (seconds or an HTTP date), X's {@code x-rate-limit-reset} and Bluesky's
 * {@code ratelimit-reset} (epoch seconds), Mastodon's {@code X-RateLimit-Reset} (ISO 8601).
 */
public final class RateLimitHeaders {

  private static final List<String> NAMES =
      List.of("retry-after", "x-rate-limit-reset", "ratelimit-reset", "x-ratelimit-reset");

  /** Numbers above this are epoch seconds, below it a delay in seconds. */
  private static final long EPOCH_THRESHOLD = 1_000_000_000L;

  private RateLimitHeaders() {}

  /** The wait the headers ask for, if any header says so (never negative). */
  public static Optional<Duration> waitFrom(HttpHeaders headers, Instant now) {
    for (String name : NAMES) {
      Optional<String> value = headers.firstValue(name);
      if (value.isPresent()) {
        Optional<Instant> until = parse(value.get().trim(), now);
        if (until.isPresent()) {
          Duration wait = Duration.between(now, until.get());
          return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Instant> parse(String value, Instant now) {
    try {
      long number = Long.parseLong(value);
      return Optional.of(
          number > EPOCH_THRESHOLD ? Instant.ofEpochSecond(number) : now.plusSeconds(number));
    } catch (NumberFormatException notANumber) {
      // try the date formats below
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException notIso) {
      // try RFC 1123
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }
}
