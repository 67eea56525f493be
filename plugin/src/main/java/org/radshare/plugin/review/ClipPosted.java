/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.List;

/**
 * A clip that was posted: the public address of each post, in platform order, and what was changed
 * to fit the platforms' limits (played faster, frames dropped, scaled down — one sentence each,
 * shown to the radiologist; empty when the clip went out as captured).
 */
public record ClipPosted(List<String> urls, List<String> adjustments) {
  public ClipPosted {
    urls = List.copyOf(urls);
    adjustments = List.copyOf(adjustments);
  }
}
