/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.capture;

/**
 * Input a user handed us cannot be used: the message is one line saying what is wrong with it and
 * is safe to print (it never quotes image or header content).
 */
public final class BadInputException extends Exception {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
