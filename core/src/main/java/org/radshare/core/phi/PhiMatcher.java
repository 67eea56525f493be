/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.List;

/**
 * Finds identifying values in free text: a caption the radiologist typed or a string OCR read off
 * the pixels. Implementations must tolerate OCR noise and typing variants; recall matters more than
 * precision.
 */
@FunctionalInterface
public interface PhiMatcher {

  /** Every identifying span in {@code text}, in order of start offset; empty when none. */
  List<PhiMatch> find(String text);

  /** A matcher that knows no identifiers (still useful for pattern-only checks in tests). */
  static PhiMatcher none() {
    return text -> List.of();
  }
}
