/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A connector call that did not succeed. The message is one sentence the user can act on (it never
 * contains tokens or image content); the {@link Kind} lets callers decide what to offer (sign in
 * again, wait, shrink the post).
 */
public final class ConnectorException extends Exception {

  /** Why a call failed, from the user's point of view. */
  public enum Kind {
    /** Not signed in, or the sign-in was revoked or expired beyond refresh. */
    AUTH,
    /** The platform asked us to slow down and the wait is longer than we are willing to block. */
    RATE_LIMITED,
    /** The text, an image or the number of images exceeds what the platform accepts. */
    TOO_LARGE,
    /** The platform (or our pre-flight check) refused the content. */
    REJECTED,
    /** The platform kept failing (5xx) or could not be reached. */
    UNAVAILABLE,
    /** The platform answered with something we could not understand. */
    MALFORMED_RESPONSE,
    /** The platform did not answer in time. */
    TIMEOUT
  }

  private static final long serialVersionUID = 1L;

  private final Kind kind;
  private final transient Duration retryAfter;

  public ConnectorException(Kind kind, String message) {
    this(kind, message, null, null);
  }

  public ConnectorException(Kind kind, String message, Throwable cause) {
    this(kind, message, null, cause);
  }

  public ConnectorException(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.retryAfter = retryAfter;
  }

  public Kind kind() {
    return kind;
  }

  /** How long the platform asked us to wait, when it said so. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
