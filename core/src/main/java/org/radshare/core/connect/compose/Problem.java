/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.compose;

/**
 * Something about a draft a platform would refuse, found before anything is sent.
 *
 * @param kind what is wrong
 * @param message one sentence telling the user what to change
 */
public record Problem(Kind kind, String message) {

  /** The kinds of pre-flight problems. */
  public enum Kind {
    EMPTY,
    TEXT_TOO_LONG,
    TOO_MANY_IMAGES,
    MISSING_ALT_TEXT,
    ALT_TEXT_TOO_LONG,
    IMAGE_TOO_LARGE,
    INVALID_LINK,
    /** A clip with other media, or more than one clip: a post has 1–4 stills or one clip. */
    MIXED_MEDIA,
    /** The platform does not take this clip encoding (or clips at all). */
    CLIP_NOT_SUPPORTED,
    /** The clip is over the platform's byte cap; clips are never re-encoded by connectors. */
    CLIP_TOO_LARGE
  }
}
