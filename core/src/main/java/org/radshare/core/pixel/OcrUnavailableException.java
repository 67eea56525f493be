/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

/**
 * The OCR engine could not be loaded (native libraries missing for this platform, or the trained
 * language data unreadable). Callers must fail closed: an image whose text cannot be read is never
 * shared.
 */
public final class OcrUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public OcrUnavailableException(String message) {
    super(message);
  }

  public OcrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
