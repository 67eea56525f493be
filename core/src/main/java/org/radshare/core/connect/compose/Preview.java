/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.compose;

import java.util.List;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;

/**
 * What one platform will show for a draft, shown to the user before posting: the exact text, how
 * much of the limit it uses, the images as they will be sent (re-encoded where needed) and any
 * problem that would stop the post.
 *
 * @param platform the platform previewed
 * @param text the post body as sent
 * @param spoilerText Mastodon's content warning, or empty
 * @param length the length counted the platform's way
 * @param limit the platform's limit in the same units
 * @param images the images as they will be uploaded
 * @param reencoded for each image, whether it was re-encoded to fit
 * @param problems what must change before the post can be sent; empty when it fits
 */
public record Preview(
    Platform platform,
    String text,
    String spoilerText,
    int length,
    int limit,
    List<MediaItem> images,
    List<Boolean> reencoded,
    List<Problem> problems) {

  public Preview {
    images = List.copyOf(images);
    reencoded = List.copyOf(reencoded);
    problems = List.copyOf(problems);
  }

  /** Characters (in the platform's units) left; negative when the text is too long. */
  public int remaining() {
    return limit - length;
  }

  /** Whether the platform will accept the post as previewed. */
  public boolean fits() {
    return problems.isEmpty();
  }
}
