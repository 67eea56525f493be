/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.radshare.core.phi.PhiMatch;
import org.radshare.core.phi.PhiMatcher;

/**
 * Turns what was read in one region into a classification. PHI wins over everything; a region is
 * BENIGN only when all of its text is a harmless annotation, OCR was confident, and the words read
 * span the whole region (so a misread or a dropped word never makes text look harmless); all other
 * text is UNKNOWN_TEXT, which is redacted like PHI.
 */
final class RegionClassifier {
  /** Lowest word confidence at which a benign reading is believed. */
  static final double BENIGN_CONFIDENCE = 70;

  private final PhiMatcher phi;

  /** Categories found per searched text: a re-scan meets the same readings again. */
  private final Map<String, List<String>> seen = new HashMap<>();

  /** Low-confidence benign readings a second reading confirmed, with their confidence. */
  private final Set<String> agreedReadings = new java.util.HashSet<>();

  RegionClassifier(PhiMatcher phi) {
    this.phi = phi;
  }

  /**
   * The PHI categories in any reading or its OCR-confusion variants, searched as one text (one
   * lexicon call per region; a match spanning two readings only makes the result more cautious).
   */
  private List<String> phiCategories(List<String> readings) {
    Set<String> texts = new LinkedHashSet<>();
    for (String text : readings) {
      texts.addAll(OcrConfusions.variants(text));
    }
    String all = String.join(" \n ", texts);
    List<String> cached = seen.get(all);
    if (cached != null) {
      return cached;
    }
    Set<String> categories = new LinkedHashSet<>();
    for (PhiMatch m : phi.find(all)) {
      categories.add(m.category());
    }
    List<String> found = List.copyOf(categories);
    seen.put(all, found);
    return found;
  }

  /** Below this word confidence a reading does not vouch for a line the shape tests doubt. */
  static final double SHAPE_CONFIDENCE = 50;

  /** A reading with at most this many letters and digits does not vouch for such a line either. */
  static final int SHAPE_CHARACTERS = 3;

  /**
   * The outcome for one region.
   *
   * @param text false when the region is anatomy, not text: it is not reported or redacted
   */
  record Outcome(RegionClass classification, List<String> matches, boolean text) {
    Outcome(RegionClass classification, List<String> matches) {
      this(classification, matches, true);
    }
  }

  /**
   * {@link #classify(List, double, double)}, then, for text that would be UNKNOWN_TEXT, the shape
   * tests: a line that {@link TextLikeness} calls anatomy and that OCR could not read (confidence
   * below {@link #SHAPE_CONFIDENCE}, or no more than {@link #SHAPE_CHARACTERS} letters and digits)
   * is not text. PHI and benign readings never reach the shape tests.
   */
  Outcome classify(
      List<String> readings,
      double confidence,
      double coverage,
      Supplier<TextLikeness.Features> shape) {
    Outcome outcome = classify(readings, confidence, coverage);
    if (outcome.classification() != RegionClass.UNKNOWN_TEXT) {
      return outcome;
    }
    long characters =
        readings.stream()
            .mapToLong(t -> t.codePoints().filter(Character::isLetterOrDigit).count())
            .max()
            .orElse(0);
    boolean unread = confidence < SHAPE_CONFIDENCE || characters <= SHAPE_CHARACTERS;
    if (unread && shape.get().verdict() == TextLikeness.Verdict.ANATOMY) {
      return new Outcome(RegionClass.UNKNOWN_TEXT, List.of(), false);
    }
    return outcome;
  }

  /**
   * @param readings every text read over the region (its own line reading first, then the words the
   *     whole-image pass found there, joined)
   * @param confidence the lowest word confidence of the region's own reading
   * @param coverage the share of the region's width covered by the words read, 0–1
   */
  Outcome classify(List<String> readings, double confidence, double coverage) {
    List<String> categories = phiCategories(readings);
    if (!categories.isEmpty()) {
      return new Outcome(RegionClass.PHI, new ArrayList<>(categories));
    }
    boolean benign =
        !readings.isEmpty()
            && BenignText.isBenign(readings.get(0))
            && coverage >= 0.8
            && (confidence >= BENIGN_CONFIDENCE || agreed(readings, confidence))
            && readings.stream()
                .skip(1)
                .allMatch(t -> explained(t, readings.get(0), confidence >= BENIGN_CONFIDENCE));
    return new Outcome(benign ? RegionClass.BENIGN : RegionClass.UNKNOWN_TEXT, List.of());
  }

  /**
   * Whether an independent reading of the region is benign too (two reads agree). The re-scan of a
   * redacted image reads the same untouched line crops without the whole-image pass; it meets the
   * same reading with the same confidence and is answered as before.
   */
  private boolean agreed(List<String> readings, double confidence) {
    String key = readings.get(0) + '\0' + confidence;
    boolean agrees =
        readings.stream().skip(1).anyMatch(t -> BenignText.hasContent(t) && BenignText.isBenign(t));
    if (agrees) {
      agreedReadings.add(key);
    }
    return agrees || agreedReadings.contains(key);
  }

  /**
   * Whether another reading of a region adds nothing the benign primary reading does not explain:
   * it is empty, benign as a whole, or, when the primary reading was confident, each of its words
   * is benign alone or a one-in-three misread of a word of the primary reading.
   */
  private static boolean explained(String other, String primary, boolean confident) {
    if (!BenignText.hasContent(other) || BenignText.isBenign(other)) {
      return true;
    }
    if (!confident) {
      return false;
    }
    List<String> own = List.of(primary.toLowerCase(Locale.ROOT).split("\\s+"));
    for (String word : other.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (BenignText.hasContent(word)
          && !BenignText.isBenign(word)
          && own.stream().noneMatch(o -> distance(o, word) <= Math.max(1, o.length() / 3))) {
        return false;
      }
    }
    return true;
  }

  /** Levenshtein distance of two short words. */
  static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int substitution = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(substitution, Math.min(above, row[j - 1]) + 1);
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
