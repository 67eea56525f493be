/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.compose;

import java.util.ArrayList;
import java.util.List;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;

/**
 * The text a platform will show for a draft: the caption, then the link on its own line, then the
 * hashtags. Only Mastodon has a separate content-warning field ({@code spoiler_text}); elsewhere
 * the warning becomes the first line ("CW: …") so readers still see it before the image.
 *
 * @param text the post body as sent
 * @param spoilerText Mastodon's content warning, or empty
 */
public record ComposedText(String text, String spoilerText) {

  /** Composes the text of a draft for a platform. */
  public static ComposedText of(PostDraft draft, Platform platform) {
    boolean separateWarning = platform == Platform.MASTODON;
    List<String> blocks = new ArrayList<>();
    if (!separateWarning && !draft.contentWarning().isEmpty()) {
      blocks.add("CW: " + draft.contentWarning());
    }
    if (!draft.caption().isEmpty()) {
      blocks.add(draft.caption());
    }
    if (!draft.link().isEmpty()) {
      blocks.add(draft.link());
    }
    if (!draft.hashtags().isEmpty()) {
      blocks.add(String.join(" ", draft.hashtags().stream().map(t -> "#" + t).toList()));
    }
    return new ComposedText(
        String.join("\n\n", blocks), separateWarning ? draft.contentWarning() : "");
  }
}
