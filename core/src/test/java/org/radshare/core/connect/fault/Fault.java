/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.fault;

/**
 * What the fault server does to the request it is told to spoil. Each is something a real network
 * or a broken platform does: no answer, an answer that never ends, an answer cut short, an answer
 * too large to hold, a dropped connection, and the error statuses platforms send.
 */
public enum Fault {
  /** Reads the request and never answers. */
  DELAY,
  /** Sends the status and headers, then the body one byte at a time, without end. */
  TRICKLE,
  /** Declares a body length, sends half of it and closes the connection. */
  TRUNCATE,
  /** Declares a 4 GiB body and streams it until the client hangs up. */
  OVERSIZE,
  /** Streams a body of unknown length (chunked) without end, as fast as the client reads. */
  ENDLESS,
  /** Closes the connection without answering. */
  RESET,
  /** 401: the sign-in is not accepted. */
  HTTP_401,
  /** 413: the upload is too large. */
  HTTP_413,
  /** 429: slow down. */
  HTTP_429,
  /** 500: the platform is broken. */
  HTTP_500;

  /** Whether the answer tells the client the platform did not act on the request. */
  public boolean refusesBeforeActing() {
    return this == HTTP_401 || this == HTTP_413 || this == HTTP_429;
  }

  /** The status of the error faults, or 0 for the network faults. */
  public int status() {
    return switch (this) {
      case HTTP_401 -> 401;
      case HTTP_413 -> 413;
      case HTTP_429 -> 429;
      case HTTP_500 -> 500;
      default -> 0;
    };
  }
}
