/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.radshare.core.dicom.Dataset;

/**
 * Everything in one header that identifies the patient, a caregiver, a place or a moment, in the
 * forms people actually write it, ready to be found in a caption or in text OCR read off the
 * pixels.
 *
 * <p>Built from a {@link Dataset} by {@link #from(Dataset)}: see {@link IdentifyingAttributes} for
 * the attributes taken. Matching works on {@link TextNormalizer normalised} text (so case,
 * diacritics, homoglyphs and invisible characters make no difference) and is approximate where OCR
 * or typing errors are likely; offsets of every match refer to the original text. Names match in
 * any order, partially and with initials ({@link TermGroup}); identifiers with or without
 * separators ({@link IdMatcher}); dates in every common format ({@link DateFormats}); times as
 * HH:MM ({@link TimeFormats}). Medical eponyms in use are not names ({@link MedicalEponyms}).
 *
 * <p>Immutable and thread-safe. Never logs, and its {@link #toString()} never shows a value.
 */
public final class PhiLexicon implements PhiMatcher {

  private final List<TermGroup> groups;
  private final List<IdTerm> ids;
  private final Map<LocalDate, String> dates;
  private final Map<String, String> times;
  private final List<LexiconBuilder.ScriptName> scriptNames;

  private PhiLexicon(LexiconBuilder b) {
    this.groups = List.copyOf(b.groups);
    this.ids = List.copyOf(b.ids);
    this.dates = Map.copyOf(b.dates);
    this.times = Map.copyOf(b.times);
    this.scriptNames = List.copyOf(b.scriptNames);
  }

  /** The lexicon of one header. An empty header gives an empty lexicon. */
  public static PhiLexicon from(Dataset header) {
    return new PhiLexicon(LexiconBuilder.from(header == null ? Dataset.empty() : header));
  }

  /** Identifying spans in {@code text}: non-overlapping, in order, offsets into {@code text}. */
  @Override
  public List<PhiMatch> find(String text) {
    if (text == null || text.isEmpty() || isEmpty()) {
      return List.of();
    }
    TextNormalizer.Normalized n = TextNormalizer.normalize(text);
    List<Token> tokens = Token.split(n.text());
    List<Hit> hits = new ArrayList<>(TermMatcher.find(n, tokens, groups));
    hits.addAll(IdMatcher.find(n.text(), tokens, ids));
    hits.addAll(TimeFormats.find(n.text(), times));
    for (DateFormats.Found f : DateFormats.find(n.text())) {
      f.readings().stream()
          .map(dates::get)
          .filter(java.util.Objects::nonNull)
          .min(Comparator.comparingInt(IdentifyingAttributes::priority))
          .ifPresent(category -> hits.add(new Hit(f.start(), f.end(), category)));
    }
    for (LexiconBuilder.ScriptName s : scriptNames) {
      for (int i = n.text().indexOf(s.text()); i >= 0; i = n.text().indexOf(s.text(), i + 1)) {
        hits.add(new Hit(i, i + s.text().length(), s.category()));
      }
    }
    return matches(n, hits);
  }

  /** {@code hits} in normalised text, merged, as matches in the original text of {@code n}. */
  static List<PhiMatch> matches(TextNormalizer.Normalized n, List<Hit> hits) {
    List<PhiMatch> out = new ArrayList<>();
    for (Hit h : merge(hits)) {
      out.add(new PhiMatch(n.originalStart(h.start()), n.originalEnd(h.end()), h.category()));
    }
    return out;
  }

  /** Unions overlapping hits (a redaction must cover both), keeping the more important category. */
  static List<Hit> merge(List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingInt(Hit::start).thenComparingInt(h -> -h.end()));
    List<Hit> out = new ArrayList<>();
    for (Hit h : sorted) {
      if (!out.isEmpty() && h.start() < out.get(out.size() - 1).end()) {
        Hit last = out.remove(out.size() - 1);
        String category =
            IdentifyingAttributes.priority(h.category())
                    < IdentifyingAttributes.priority(last.category())
                ? h.category()
                : last.category();
        out.add(new Hit(last.start(), Math.max(last.end(), h.end()), category));
      } else {
        out.add(h);
      }
    }
    return out;
  }

  /** How many terms the lexicon holds (name and phrase words, identifiers, dates, times). */
  public int size() {
    int words = groups.stream().mapToInt(g -> g.terms().size()).sum();
    return words + ids.size() + dates.size() + times.size() + scriptNames.size();
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  /** Counts only: the terms are PHI. */
  @Override
  public String toString() {
    return "PhiLexicon[" + size() + " terms]";
  }
}
