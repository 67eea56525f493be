/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.review;

/** Why Post is not allowed yet; the dialog shows each one next to what fixes it. */
public enum PostBlocker {
  /** The verdict is BLOCK: something identifying would leave. */
  VERDICT_BLOCKED,
  /** The verdict is REVIEW and the radiologist has not confirmed it. */
  REVIEW_NOT_CONFIRMED,
  /** The caption changed and has not been checked yet. */
  CAPTION_NOT_CHECKED,
  /** Alt text is required for every image. */
  ALT_TEXT_MISSING,
  /**
   * The radiologist has not attested that the share is de-identified and appropriate (needed beyond
   * PASS; the REVIEW confirmation counts as the attestation).
   */
  NOT_ATTESTED,
  /** No platform is chosen. */
  NO_PLATFORM,
  /** The text is too long for at least one chosen platform. */
  TEXT_TOO_LONG
}
