/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.phi.PhiMatch;
import org.radshare.core.phi.PhiMatcher;

/**
 * The identifiers of every header in a post as one matcher: in a post of several images a name from
 * any image's header is identifying in the caption and in every image's pixels. Matches of the
 * different headers that overlap are joined so a redaction covers them all.
 */
final class PostLexicon implements PhiMatcher {

  private final List<PhiMatcher> parts;

  private PostLexicon(List<PhiMatcher> parts) {
    this.parts = List.copyOf(parts);
  }

  /** {@code own} itself when there are no other headers, else a matcher for all of them. */
  static PhiMatcher of(PhiMatcher own, List<Dataset> others) {
    if (others.isEmpty()) {
      return own;
    }
    List<PhiMatcher> parts = new ArrayList<>();
    parts.add(own);
    others.forEach(h -> parts.add(PhiLexicon.from(h)));
    return new PostLexicon(parts);
  }

  @Override
  public List<PhiMatch> find(String text) {
    List<PhiMatch> all = new ArrayList<>();
    parts.forEach(p -> all.addAll(p.find(text)));
    all.sort(Comparator.comparingInt(PhiMatch::start).thenComparingInt(m -> -m.end()));
    List<PhiMatch> out = new ArrayList<>();
    for (PhiMatch m : all) {
      PhiMatch last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && m.start() < last.end()) {
        out.set(
            out.size() - 1,
            new PhiMatch(last.start(), Math.max(last.end(), m.end()), last.category()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /** Counts only: the terms are PHI. */
  @Override
  public String toString() {
    return "PostLexicon[" + parts.size() + " headers]";
  }
}
