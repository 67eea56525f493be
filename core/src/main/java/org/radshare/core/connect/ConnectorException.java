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
  private final boolean fromPlatform;
  private final boolean postMayExist;

  public ConnectorException(Kind kind, String message) {
    this(kind, message, null, null);
  }

  public ConnectorException(Kind kind, String message, Throwable cause) {
    this(kind, message, null, cause);
  }

  public ConnectorException(Kind kind, String message, Duration retryAfter, Throwable cause) {
    this(kind, message, retryAfter, cause, false, false);
  }

  private ConnectorException(
      Kind kind,
      String message,
      Duration retryAfter,
      Throwable cause,
      boolean fromPlatform,
      boolean postMayExist) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.retryAfter = retryAfter;
    this.fromPlatform = fromPlatform;
    this.postMayExist = postMayExist;
  }

  /** The same error, marked as the platform's own answer (an HTTP status or a broken answer). */
  public ConnectorException fromPlatform() {
    ConnectorException e =
        new ConnectorException(kind, getMessage(), retryAfter, getCause(), true, postMayExist);
    e.setStackTrace(getStackTrace());
    return e;
  }

  /**
   * The same error, marked as leaving the post's existence unknown (the create call got no clear
   * answer): the uploaded media may belong to a live post and must not be deleted.
   */
  public ConnectorException postMayExist() {
    ConnectorException e =
        new ConnectorException(kind, getMessage(), retryAfter, getCause(), true, true);
    e.setStackTrace(getStackTrace());
    return e;
  }

  /**
   * Whether the call got no clear answer (it timed out, or the platform was unavailable): a create
   * call may have acted although it failed.
   */
  public boolean noClearAnswer() {
    return kind == Kind.TIMEOUT || kind == Kind.UNAVAILABLE;
  }

  /** Whether the post may have been made although this error was thrown. */
  public boolean mayHavePosted() {
    return postMayExist;
  }

  /**
   * Whether the platform (or the way to it) failed, rather than RadShare's own pre-flight check
   * refusing the post: every kind but TOO_LARGE and REJECTED, and those two when the platform
   * answered with them. A platform failure is reported as such (exit 4) and audited even when it
   * happens while the post is being prepared.
   */
  public boolean isPlatformFailure() {
    return fromPlatform || (kind != Kind.TOO_LARGE && kind != Kind.REJECTED);
  }

  public Kind kind() {
    return kind;
  }

  /** How long the platform asked us to wait, when it said so. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
