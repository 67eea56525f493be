/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.review;

import java.util.List;
import org.radshare.core.connect.Platform;

/**
 * What the radiologist approved for posting: the text of the post (caption and hashtags), the
 * image's alt text, the optional content warning and the platforms. The image itself travels beside
 * it, already redacted and cropped.
 *
 * @param contentWarning the warning text, or empty for none
 * @param reviewConfirmed the radiologist explicitly confirmed a REVIEW verdict
 */
public record ShareDraft(
    String text,
    String caption,
    List<String> hashtags,
    String altText,
    String contentWarning,
    List<Platform> platforms,
    boolean reviewConfirmed) {

  public ShareDraft {
    hashtags = List.copyOf(hashtags);
    platforms = List.copyOf(platforms);
    contentWarning = contentWarning == null ? "" : contentWarning;
  }

  public boolean hasContentWarning() {
    return !contentWarning.isBlank();
  }
}
