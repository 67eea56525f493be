/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

/**
 * How a platform measures the length of a post's text. Each rule is implemented the platform's way
 * in {@code connect.compose.TextCounter}; counting naïvely in UTF-16 units would reject valid posts
 * and accept invalid ones.
 */
public enum TextRule {
  /**
   * Mastodon: grapheme clusters of warning plus text, every http(s) URL counted as a fixed length.
   */
  GRAPHEMES_URLS_FIXED,
  /** X: twitter-text weighted length (CJK and emoji weigh 2, URLs a fixed 23), NFC normalised. */
  X_WEIGHTED,
  /** Bluesky: grapheme clusters (and a UTF-8 byte cap); links count as written. */
  GRAPHEMES,
  /** LinkedIn and Facebook: UTF-16 code units, the conservative reading of an undocumented rule. */
  UTF16_UNITS
}
