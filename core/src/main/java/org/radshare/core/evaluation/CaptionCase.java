/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import java.nio.file.Path;
import java.util.List;

/** A caption from test-data with the identifying substrings it really contains. */
public record CaptionCase(String id, Path header, String caption, List<Expected> phi) {

  /** An identifying substring of the caption and the attribute or pattern it comes from. */
  public record Expected(String text, String category) {}

  public CaptionCase {
    phi = List.copyOf(phi);
  }
}
