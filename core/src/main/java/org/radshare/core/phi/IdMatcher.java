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
    for (IdTerm id : ids) {
      String foldedId = OcrTolerance.fold(id.compact());
      for (int i = 0; i < tokens.size(); i++) {
        int end = matchFrom(text, tokens, i, id);
        if (end >= 0) {
          out.add(new Hit(tokens.get(i).start(), tokens.get(end).end(), id.category()));
          i = end;
        } else if (!id.exactToken()
            && id.compact().length() >= 6
            && OcrTolerance.fold(tokens.get(i).text()).contains(foldedId)) {
          out.add(new Hit(tokens.get(i).start(), tokens.get(i).end(), id.category()));
        }
      }
    }
    return out;
  }

  /** Index of the last token of a match starting at token {@code i}, or -1. */
  private static int matchFrom(String text, List<Token> tokens, int i, IdTerm id) {
    if (id.exactToken()) {
      return tokens.get(i).text().equals(id.compact()) && !partOfLongerNumber(text, tokens, i)
          ? i
          : -1;
    }
    int len = id.compact().length();
    StringBuilder concat = new StringBuilder();
    for (int j = i; j < tokens.size() && j < i + MAX_TOKENS; j++) {
      if (j > i
          && !JOINER
              .matcher(text.substring(tokens.get(j - 1).end(), tokens.get(j).start()))
              .matches()) {
        return -1;
      }
      concat.append(tokens.get(j).text());
      if (concat.length() > len + id.maxEdits()) {
        return -1;
      }
      if (concat.length() >= len - id.maxEdits()
          && OcrTolerance.matches(id.compact(), concat.toString(), id.maxEdits())
          && (j + 1 >= tokens.size() || !continuesIdentifier(text, tokens, j, id, concat))) {
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
      String text, List<Token> tokens, int j, IdTerm id, StringBuilder concat) {
    Token next = tokens.get(j + 1);
    if (!JOINER.matcher(text.substring(tokens.get(j).end(), next.start())).matches()) {
      return false;
    }
    String longer = concat + next.text();
    return longer.length() <= id.compact().length() + id.maxEdits()
        && OcrTolerance.matches(id.compact(), longer, id.maxEdits())
        && Math.abs(longer.length() - id.compact().length())
            < Math.abs(concat.length() - id.compact().length());
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
