/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

/**
 * DICOM JSON that cannot be read. The message says where it broke (e.g. {@code at
 * 00100010.Value[0].Alphabetic: expected a string}) and never quotes a value, so it is safe to show
 * and log.
 */
public final class DicomJsonException extends Exception {

  private static final long serialVersionUID = 1L;

  public DicomJsonException(String message) {
    super(message);
  }

  public DicomJsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
