/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

/**
 * The selected view or its DICOM header could not be captured. The message is shown to the
 * radiologist as is, so it says what to do; it never contains a header value.
 */
public final class CaptureException extends Exception {

  private static final long serialVersionUID = 1L;

  public CaptureException(String message) {
    super(message);
  }

  public CaptureException(String message, Throwable cause) {
    super(message, cause);
  }
}
