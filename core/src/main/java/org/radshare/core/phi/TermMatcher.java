/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the words of {@link TermGroup}s in tokenised text: each token is compared with each term
 * (exactly, or within the OCR edit budget unless the token is an everyday word), then runs of
 * adjacent matching tokens of one group are accepted when they contain a distinctive word, or two
 * different words of the group ({@code Li Wei}). Initials join a run of a name, and a name run that
 * is an eponym in use ({@code Parkinson disease}) is dropped.
 */
final class TermMatcher {

  /** What may separate two words of one name or phrase: spaces, commas, dots, hyphens, carets. */
  private static final Pattern JOINER = Pattern.compile("[\\s,.'\\-^/&]{0,3}");

  private TermMatcher() {}

  static List<Hit> find(TextNormalizer.Normalized n, List<Token> tokens, List<TermGroup> groups) {
    List<Hit> out = new ArrayList<>();
    String text = n.text();
    for (TermGroup g : groups) {
      int[] term = new int[tokens.size()];
      boolean[] initial = new boolean[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        term[i] = matchingTerm(g, tokens.get(i));
        if (term[i] >= 0
            && g.name()
            && MedicalEponyms.usedAsEponym(text, tokens, i, g.terms().get(term[i]).text())) {
          term[i] = -1;
        }
        Token t = tokens.get(i);
        initial[i] =
            term[i] < 0
                && g.name()
                && t.text().length() == 1
                && g.initials().contains(t.text().charAt(0));
      }
      collectRuns(n, tokens, g, term, initial, out);
      hashtagContainment(n, tokens, g, out);
    }
    return out;
  }

  /** Index of the term of {@code g} that {@code t} matches, or -1. */
  private static int matchingTerm(TermGroup g, Token t) {
    String w = t.text();
    boolean everyday = CommonWords.contains(w);
    int best = -1;
    for (int k = 0; k < g.terms().size(); k++) {
      TermGroup.Term term = g.terms().get(k);
      if (w.equals(term.text())) {
        return k;
      }
      if (best < 0 && approximately(term, t, everyday)) {
        best = k;
      }
    }
    return best;
  }

  private static boolean approximately(TermGroup.Term term, Token token, boolean everyday) {
    String v = term.text();
    if (v.length() >= 2 && term.folded().equals(token.folded())) {
      return true; // D0E for DOE: an OCR confusion, not an edit
    }
    if (v.length() < 4 || token.text().length() < 4 || everyday) {
      return false; // short values and real words are never "misspellings" of an identifier
    }
    return OcrTolerance.distanceAtMost(
        term.folded(), token.folded(), OcrTolerance.budget(v.length()));
  }

  private static void collectRuns(
      TextNormalizer.Normalized n,
      List<Token> tokens,
      TermGroup g,
      int[] term,
      boolean[] initial,
      List<Hit> out) {
    int i = 0;
    while (i < tokens.size()) {
      if (term[i] < 0 && !initial[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size()
          && (term[j + 1] >= 0 || initial[j + 1])
          && adjacent(n.text(), tokens.get(j), tokens.get(j + 1))) {
        j++;
      }
      if (accept(n, tokens, g, term, i, j)) {
        int start = i;
        int end = j;
        while (start <= end && initial[start] && !initialNextToWord(term, start, end)) {
          start++;
        }
        out.add(new Hit(tokens.get(start).start(), tokens.get(end).end(), g.category()));
      }
      i = j + 1;
    }
  }

  private static boolean initialNextToWord(int[] term, int index, int end) {
    return (index + 1 <= end && term[index + 1] >= 0) || (index > 0 && term[index - 1] >= 0);
  }

  private static boolean accept(
      TextNormalizer.Normalized n, List<Token> tokens, TermGroup g, int[] term, int from, int to) {
    java.util.Set<Integer> distinct = new java.util.HashSet<>();
    boolean anchor = false;
    boolean specific = false;
    for (int i = from; i <= to; i++) {
      if (term[i] < 0) {
        continue;
      }
      TermGroup.Term t = g.terms().get(term[i]);
      distinct.add(term[i]);
      specific |= !t.generic();
      boolean capitalised = n.isUpperCaseInOriginal(tokens.get(i).start());
      // A place word misspelt in lower case is more likely an ordinary word ("arrow" ~ Harrow).
      boolean approximatePlace = !g.name() && !tokens.get(i).folded().equals(t.folded());
      boolean standalone =
          t.standalone()
              && !t.generic()
              && ((!t.needsCapital() && !approximatePlace) || capitalised);
      anchor |= standalone;
    }
    if (!specific) {
      return false;
    }
    return anchor || distinct.size() >= 2 || (g.name() && afterHonorific(n.text(), tokens, from));
  }

  private static final java.util.Set<String> HONORIFICS =
      java.util.Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "master");

  /** {@code Mr Ng}: after an honorific even a short surname is a name. */
  private static boolean afterHonorific(String text, List<Token> tokens, int from) {
    return from > 0
        && HONORIFICS.contains(tokens.get(from - 1).text())
        && text.substring(tokens.get(from - 1).end(), tokens.get(from).start()).matches("\\.?\\s?");
  }

  static boolean adjacent(String text, Token a, Token b) {
    return JOINER.matcher(text.substring(a.end(), b.start())).matches();
  }

  /**
   * Hashtags, handles and run-together words ({@code #JohnDoe}, {@code @jdoe_rad}, {@code
   * DOEJOHN}): a distinctive name part of 4+ letters inside a longer token matches the token.
   */
  private static void hashtagContainment(
      TextNormalizer.Normalized n, List<Token> tokens, TermGroup g, List<Hit> out) {
    if (!g.name()) {
      return;
    }
    String text = n.text();
    for (Token t : tokens) {
      boolean tagged = t.start() > 0 && "#@_".indexOf(text.charAt(t.start() - 1)) >= 0;
      boolean runTogether = t.text().length() >= 7;
      if (!tagged && !runTogether) {
        continue;
      }
      for (TermGroup.Term term : g.terms()) {
        if (term.standalone()
            && term.text().length() >= 4
            && t.text().length() > term.text().length()
            && (t.folded().contains(term.folded()) || t.text().contains(term.text()))
            && (tagged || containsTwoParts(g, t))) {
          out.add(new Hit(t.start(), t.end(), g.category()));
          break;
        }
      }
    }
  }

  /** A run-together word counts only if two parts of the name are in it ({@code doejohn}). */
  private static boolean containsTwoParts(TermGroup g, Token word) {
    int count = 0;
    for (TermGroup.Term term : g.terms()) {
      // Raw or OCR-folded: folding "rn" to "m" must not hide "kagor" in "kagornorka".
      if (term.text().length() >= 2
          && (word.folded().contains(term.folded()) || word.text().contains(term.text()))) {
        count++;
      }
    }
    return count >= 2;
  }
}
