/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds identifiers written with or without separators: consecutive tokens joined only by
 * separators ({@code - . / _ : #} or a space) are read as one compact string and compared with each
 * {@link IdTerm} within its OCR edit budget. A long identifier glued to a label ({@code
 * MRNE421280644}) is found inside its token.
 */
final class IdMatcher {

  private static final Pattern JOINER = Pattern.compile("[\\s\\-./_:#()]{0,3}");
  private static final int MAX_TOKENS = 24;

  private IdMatcher() {}

  static List<Hit> find(String text, List<Token> tokens, List<IdTerm> ids) {
    List<Hit> out = new ArrayList<>();
    boolean[] joined = new boolean[tokens.size()]; // joined[j]: token j continues token j-1
    for (int j = 1; j < tokens.size(); j++) {
      joined[j] =
          JOINER.matcher(text.substring(tokens.get(j - 1).end(), tokens.get(j).start())).matches();
    }
    for (IdTerm id : ids) {
      String foldedId = id.folded();
      for (int i = 0; i < tokens.size(); i++) {
        int end = matchFrom(text, tokens, joined, i, id);
        if (end >= 0) {
          out.add(new Hit(tokens.get(i).start(), tokens.get(end).end(), id.category()));
          i = end;
        } else if (!id.exactToken()
            && id.compact().length() >= 6
            && tokens.get(i).folded().contains(foldedId)) {
          out.add(new Hit(tokens.get(i).start(), tokens.get(i).end(), id.category()));
        }
      }
    }
    return out;
  }

  /** Index of the last token of a match starting at token {@code i}, or -1. */
  private static int matchFrom(
      String text, List<Token> tokens, boolean[] joined, int i, IdTerm id) {
    if (id.exactToken()) {
      return tokens.get(i).text().equals(id.compact()) && !partOfLongerNumber(text, tokens, i)
          ? i
          : -1;
    }
    int len = id.compact().length();
    StringBuilder concat = new StringBuilder();
    for (int j = i; j < tokens.size() && j < i + MAX_TOKENS; j++) {
      if (j > i && !joined[j]) {
        return -1;
      }
      concat.append(tokens.get(j).folded());
      if (concat.length() > len + id.maxEdits()) {
        return -1;
      }
      if (concat.length() >= len - id.maxEdits()
          && close(id, concat.toString(), fuzzyWindow(tokens, i, j))
          && (j + 1 >= tokens.size() || !continuesIdentifier(tokens, joined, j, id, concat))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * True if the next token would make an even better match: prefer {@code E421-280-644} whole over
   * stopping at {@code E421-280-64} when the budget allows both.
   */
  private static boolean continuesIdentifier(
      List<Token> tokens, boolean[] joined, int j, IdTerm id, StringBuilder concat) {
    if (!joined[j + 1]) {
      return false;
    }
    String longer = concat + tokens.get(j + 1).folded();
    return longer.length() <= id.compact().length() + id.maxEdits()
        && close(id, longer, true)
        && Math.abs(longer.length() - id.compact().length())
            < Math.abs(concat.length() - id.compact().length());
  }

  private static boolean close(IdTerm id, String foldedCandidate, boolean fuzzy) {
    return id.folded().equals(foldedCandidate)
        || (fuzzy && OcrTolerance.distanceAtMost(id.folded(), foldedCandidate, id.maxEdits()));
  }

  /**
   * Edits are allowed in a window of several tokens only if every token holds a digit: joining
   * ordinary words ("CT of") and then forgiving an edit would match anything.
   */
  private static boolean fuzzyWindow(List<Token> tokens, int from, int to) {
    if (from == to) {
      return true;
    }
    for (int k = from; k <= to; k++) {
      if (!tokens.get(k).hasDigit()) {
        return false;
      }
    }
    return true;
  }

  /** {@code 123} in {@code 4.123} or {@code 123.5} is a number, not the identifier 123. */
  private static boolean partOfLongerNumber(String text, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    boolean before =
        t.start() >= 2
            && ".,".indexOf(text.charAt(t.start() - 1)) >= 0
            && Character.isDigit(text.charAt(t.start() - 2));
    boolean after =
        t.end() + 1 < text.length()
            && ".,".indexOf(text.charAt(t.end())) >= 0
            && Character.isDigit(text.charAt(t.end() + 1));
    return before || after;
  }
}
