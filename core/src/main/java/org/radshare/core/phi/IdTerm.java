/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

/**
 * An identifier as the lexicon compares it: letters and digits only, normalised ({@code
 * E421-280-644} → {@code e421280644}), with the edits it tolerates.
 *
 * @param exactToken true for short values, which match only a whole token exactly
 */
record IdTerm(String category, String compact, String folded, int maxEdits, boolean exactToken) {

  IdTerm(String category, String compact, int maxEdits, boolean exactToken) {
    this(category, compact, OcrTolerance.fold(compact), maxEdits, exactToken);
  }

  /** The term for a raw value, or null if the value is too short to identify anyone. */
  static IdTerm of(String category, String raw) {
    StringBuilder sb = new StringBuilder();
    String n = TextNormalizer.normalizeText(raw);
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    String compact = sb.toString();
    if (compact.length() < 3) {
      return null; // "Short tokens never match alone"
    }
    boolean digits = compact.chars().allMatch(Character::isDigit);
    if (compact.length() == 3 || (digits && compact.length() < 5)) {
      return new IdTerm(category, compact, 0, true);
    }
    if (compact.length() < 6) {
      // One edit on 4-5 characters matches far too much ("CT01" ~ "CT of"): OCR folds only.
      return new IdTerm(category, compact, 0, false);
    }
    return new IdTerm(category, compact, OcrTolerance.budget(compact.length()), false);
  }

  static IdTerm exact(String category, String compact) {
    return compact.length() < 3 ? null : new IdTerm(category, compact, 0, false);
  }

  @Override
  public String toString() {
    return "IdTerm[" + category + ", " + compact.length() + " chars]"; // never the value
  }
}
