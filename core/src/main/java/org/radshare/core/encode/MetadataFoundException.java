/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode;

/**
 * Encoded bytes carry something other than pixels (a text, time, EXIF or ICC chunk; a JPEG APPn or
 * COM segment) or are not well formed. The image must not be posted.
 */
public final class MetadataFoundException extends Exception {
  public MetadataFoundException(String message) {
    super(message);
  }
}
