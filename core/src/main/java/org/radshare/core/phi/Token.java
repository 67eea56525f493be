/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of letters and digits in normalised text, with its span in that text. Everything else
 * (spaces, punctuation, symbols) separates tokens.
 */
record Token(int start, int end, String text, String folded) {

  Token(int start, int end, String text) {
    this(start, end, text, OcrTolerance.fold(text));
  }

  static List<Token> split(String normalized) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = normalized.length();
    while (i < n) {
      int cp = normalized.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(normalized.codePointAt(i))) {
        i += Character.charCount(normalized.codePointAt(i));
      }
      out.add(new Token(start, i, normalized.substring(start, i)));
    }
    return out;
  }

  boolean hasDigit() {
    return text.chars().anyMatch(Character::isDigit);
  }

  boolean hasLetter() {
    return text.chars().anyMatch(Character::isLetter);
  }

  boolean allDigits() {
    return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
  }

  /** Never prints the token: it may be PHI. */
  @Override
  public String toString() {
    return "Token[" + start + ".." + end + "]";
  }
}
