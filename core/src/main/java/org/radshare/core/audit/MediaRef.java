/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

/**
 * A posted file as the audit log records it: its digest, type and size. The file itself is kept in
 * the log's media directory as {@code <sha256>.<ext>}.
 */
public record MediaRef(String sha256, String mediaType, long size) {

  /** The file name of the audit copy. */
  public String fileName() {
    return sha256 + "." + PostedMedia.extensionFor(mediaType);
  }
}
