/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.Platform;

/**
 * Turns a failed answer into one sentence a user can act on. The platform's own error text is
 * quoted (shortened) where it helps; tokens and bodies are never included.
 */
public final class Failures {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_QUOTE = 200;
  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Failures() {}

  /** The exception for a non-2xx answer that will not be retried. */
  public static ConnectorException of(ApiResponse r, Instant now) {
    return describe(r, now).fromPlatform();
  }

  private static ConnectorException describe(ApiResponse r, Instant now) {
    String name = r.platform().displayName();
    int status = r.status();
    if (status == 401) {
      return new ConnectorException(
          Kind.AUTH,
          "%s did not accept the sign-in (HTTP %d); sign in again with `radshare accounts login %s`."
              .formatted(name, status, r.platform().key()));
    }
    // 403 is not a sign-in problem: X uses it for duplicate posts, LinkedIn for missing products.
    if (status == 413) {
      return new ConnectorException(
          Kind.TOO_LARGE, name + " says the upload is too large; use fewer or smaller images.");
    }
    if (status == 429) {
      Optional<Duration> wait = RateLimitHeaders.waitFrom(r.headers(), now);
      String when = wait.map(w -> "after " + HOUR.format(now.plus(w))).orElse("in a few minutes");
      return new ConnectorException(
          Kind.RATE_LIMITED,
          "%s is limiting requests; try again %s.".formatted(name, when),
          wait.orElse(null),
          null);
    }
    if (status >= 500) {
      return new ConnectorException(
          Kind.UNAVAILABLE,
          "%s is not working properly right now (HTTP %d); try again later."
              .formatted(name, status));
    }
    String detail = platformMessage(r.body()).map(m -> ": " + m).orElse("");
    return new ConnectorException(
        Kind.REJECTED, "%s refused the request (HTTP %d)%s.".formatted(name, status, detail));
  }

  /**
   * The error for a post the platform may or may not have made (no answer in time, connection lost,
   * 5xx): the user is told exactly where to look and whether repeating is safe.
   *
   * @param where the page to open, e.g. the profile's address
   * @param repeatSafe whether the platform recognises a repeat of the same post (Mastodon's
   *     Idempotency-Key for an hour, Bluesky's record key), so posting again cannot duplicate it
   */
  public static ConnectorException unconfirmed(
      Platform p, ConnectorException cause, String where, boolean repeatSafe, Instant now) {
    String name = p.displayName();
    String look = "open " + where + " and look for a post made at " + HOUR.format(now);
    String message =
        repeatSafe
            ? name
                + " did not confirm the post; posting it again unchanged is safe ("
                + name
                + " recognises the repeat), or "
                + look
                + " first."
            : name
                + " did not confirm the post; "
                + look
                + " before posting again ("
                + name
                + " cannot recognise a repeat).";
    return new ConnectorException(cause.kind(), message, cause).postMayExist();
  }

  /** The error for a call that got no answer in time. */
  public static ConnectorException timeout(Platform p, Throwable cause) {
    return new ConnectorException(
        Kind.TIMEOUT,
        p.displayName() + " did not answer in time; check the connection and try again.",
        cause);
  }

  /** The error for a call that could not reach the platform. */
  public static ConnectorException unreachable(Platform p, Throwable cause) {
    return new ConnectorException(
        Kind.UNAVAILABLE,
        "Could not reach " + p.displayName() + "; check the network connection and try again.",
        cause);
  }

  /** The most specific error text in a platform's error body, if it has one. */
  static Optional<String> platformMessage(byte[] body) {
    try {
      JsonNode root = MAPPER.readTree(body);
      if (root == null) {
        return Optional.empty();
      }
      for (String pointer :
          List.of(
              "/error_description",
              "/error/message",
              "/detail",
              "/message",
              "/errors/0/message",
              "/title",
              "/error")) {
        JsonNode node = root.at(pointer);
        if (node.isTextual() && !node.asText().isBlank()) {
          return Optional.of(shorten(node.asText()));
        }
      }
    } catch (IOException notJson) {
      // no readable detail
    }
    return Optional.empty();
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    while (oneLine.endsWith(".")) {
      oneLine = oneLine.substring(0, oneLine.length() - 1);
    }
    return oneLine.length() <= MAX_QUOTE ? oneLine : oneLine.substring(0, MAX_QUOTE) + "…";
  }
}
