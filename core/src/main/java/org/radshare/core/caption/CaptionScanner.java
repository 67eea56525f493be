/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.radshare.core.phi.FreeTextIdentifiers;
import org.radshare.core.phi.PhiMatch;
import org.radshare.core.phi.PhiMatcher;
import org.radshare.core.phi.SafeHarborPatterns;

/**
 * Checks a text a radiologist typed before it is posted (the caption, and through {@link
 * TextScreen} every other text that leaves with a post): every value of the header's lexicon
 * (names, IDs, dates… in their written variants, after normalisation that defeats case, diacritics,
 * homoglyphs, other digit scripts, emoji and invisible characters), the HIPAA Safe Harbor patterns
 * that need no header (phone, e-mail, identifying URL, age over 89, street address, SSN-like and
 * labelled record numbers) and the header-free identifiers of {@link FreeTextIdentifiers} (any
 * date, bare SSNs and record-number-like runs, ZIP, IP, VIN, plates, names after cue words,
 * institution names). Every check also runs on a second reading with letters typed one by one
 * joined up ({@code J a n e D o e}, {@code J.A.N.E}) and on the reading a right-to-left override
 * displays ({@link Reading}).
 *
 * <p>Hashtags ({@code #FOAMrad}), mentions of public accounts, medical vocabulary, eponyms in use
 * ({@code Crohn disease}) and measurements ({@code 3.2 cm}, {@code T2}, {@code C5-C6}) are not
 * findings; a patient's name inside a hashtag ({@code #JohnDoe}) still is. Overlapping findings are
 * merged into one span covering both, named by the header category when there is one (it says more
 * than a pattern name).
 */
public final class CaptionScanner {

  private CaptionScanner() {}

  /**
   * The identifying spans of {@code caption}, in order and non-overlapping, with offsets into
   * {@code caption} and {@code text} its substring there.
   *
   * @param lexicon the header's matcher; {@link PhiMatcher#none()} (or null) when there is no
   *     header, which leaves the Safe Harbor patterns
   */
  public static List<CaptionFinding> scan(String caption, PhiMatcher lexicon) {
    if (caption == null || caption.isEmpty()) {
      return List.of();
    }
    List<Tagged> all = new ArrayList<>();
    PhiMatcher header = lexicon == null ? PhiMatcher.none() : lexicon;
    collect(caption, header, all);
    List<Reading> readings = new ArrayList<>();
    Optional<Reading> displayed = Reading.bidiReversed(caption);
    displayed.ifPresent(readings::add);
    Reading.spelledOut(caption).ifPresent(readings::add);
    Reading.spelledOutByCase(caption).ifPresent(readings::add);
    displayed
        .flatMap(r -> Reading.spelledOut(r.text()).map(s -> s.through(r)))
        .ifPresent(readings::add);
    for (Reading r : readings) {
      List<Tagged> found = new ArrayList<>();
      collect(r.text(), header, found);
      for (Tagged t : found) {
        PhiMatch m = t.match();
        int[] span = r.originalSpan(m.start(), m.end());
        all.add(new Tagged(new PhiMatch(span[0], span[1], m.category()), t.fromHeader()));
      }
    }
    all.sort(
        Comparator.comparingInt((Tagged t) -> t.match().start())
            .thenComparingInt(t -> -t.match().end()));
    List<Tagged> merged = new ArrayList<>();
    for (Tagged t : all) {
      if (!merged.isEmpty() && t.match().start() < merged.get(merged.size() - 1).match().end()) {
        merged.add(union(merged.remove(merged.size() - 1), t));
      } else {
        merged.add(t);
      }
    }
    List<CaptionFinding> out = new ArrayList<>(merged.size());
    for (Tagged t : merged) {
      PhiMatch m = clamp(t.match(), caption.length());
      out.add(
          new CaptionFinding(
              m.start(), m.end(), caption.substring(m.start(), m.end()), m.category()));
    }
    return out;
  }

  private record Tagged(PhiMatch match, boolean fromHeader) {}

  /** The header's values, the Safe Harbor patterns and the header-free identifiers in {@code s}. */
  private static void collect(String s, PhiMatcher header, List<Tagged> out) {
    for (PhiMatch m : header.find(s)) {
      out.add(new Tagged(m, true));
    }
    for (PhiMatch m : SafeHarborPatterns.find(s)) {
      out.add(new Tagged(m, false));
    }
    for (PhiMatch m : FreeTextIdentifiers.find(s)) {
      out.add(new Tagged(m, false));
    }
  }

  private static Tagged union(Tagged a, Tagged b) {
    Tagged named = a.fromHeader() || !b.fromHeader() ? a : b;
    PhiMatch m =
        new PhiMatch(
            Math.min(a.match().start(), b.match().start()),
            Math.max(a.match().end(), b.match().end()),
            named.match().category());
    return new Tagged(m, a.fromHeader() || b.fromHeader());
  }

  /** A matcher from elsewhere might overshoot; never let that become an exception here. */
  private static PhiMatch clamp(PhiMatch m, int length) {
    int start = Math.min(m.start(), length);
    return new PhiMatch(start, Math.max(start, Math.min(m.end(), length)), m.category());
  }
}
