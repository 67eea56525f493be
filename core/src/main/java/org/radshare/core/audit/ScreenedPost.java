/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.caption.CaptionScanner;
import org.radshare.core.phi.PhiMatcher;

/**
 * The words of a share attempt as the audit trail keeps them: the post text, the alt text of each
 * image, the hashtags, the link, the content warning and the radiologist's justification. Every
 * value passes the same screen as a caption ({@link CaptionScanner} with the post's lexicon) on its
 * way in; a value with any finding is replaced by {@code [withheld: identifier found:
 * <categories>]} so no identifying text can reach the trail, the report or an export. The only ways
 * to make one screen the values or read back values that were screened when written.
 */
public final class ScreenedPost {

  /** What is stored instead of a value the screen did not clear. */
  public static final String WITHHELD = "[withheld: identifier found";

  /** An attempt whose words are not known (records written before they were kept). */
  public static final ScreenedPost NONE =
      new ScreenedPost(
          Optional.empty(),
          List.of(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  private final Optional<String> text;
  private final List<String> altTexts;
  private final List<String> hashtags;
  private final Optional<String> link;
  private final Optional<String> contentWarning;
  private final Optional<String> justification;

  private ScreenedPost(
      Optional<String> text,
      List<String> altTexts,
      List<String> hashtags,
      Optional<String> link,
      Optional<String> contentWarning,
      Optional<String> justification) {
    this.text = text;
    this.altTexts = List.copyOf(altTexts);
    this.hashtags = List.copyOf(hashtags);
    this.link = link;
    this.contentWarning = contentWarning;
    this.justification = justification;
  }

  /** Screens every value with {@code lexicon} (the identifiers of the post's headers). */
  public static ScreenedPost of(
      String text,
      List<String> altTexts,
      List<String> hashtags,
      Optional<String> link,
      Optional<String> contentWarning,
      Optional<String> justification,
      PhiMatcher lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    return new ScreenedPost(
        Optional.ofNullable(text).filter(t -> !t.isBlank()).map(t -> screen(t, lexicon)),
        altTexts.stream().map(a -> screen(a == null ? "" : a, lexicon)).toList(),
        hashtags.stream().map(h -> screen(h, lexicon)).toList(),
        link.map(l -> screen(l, lexicon)),
        contentWarning.map(w -> screen(w, lexicon)),
        justification.filter(j -> !j.isBlank()).map(j -> screen(j, lexicon)));
  }

  /** Only a justification (callers that record no post text). */
  public static ScreenedPost justification(Optional<String> justification, PhiMatcher lexicon) {
    return of(
        null, List.of(), List.of(), Optional.empty(), Optional.empty(), justification, lexicon);
  }

  /**
   * {@code value} when the screen finds nothing in it, else the withheld marker with the kinds of
   * identifier found (never the identifier).
   */
  public static String screen(String value, PhiMatcher lexicon) {
    List<CaptionFinding> findings = CaptionScanner.scan(value, lexicon);
    if (findings.isEmpty()) {
      return value;
    }
    TreeSet<String> categories = new TreeSet<>();
    findings.forEach(f -> categories.add(f.category()));
    return WITHHELD + ": " + String.join(", ", categories) + "]";
  }

  /** Values read back from the log: they were screened when the record was written. */
  static ScreenedPost stored(
      Optional<String> text,
      List<String> altTexts,
      List<String> hashtags,
      Optional<String> link,
      Optional<String> contentWarning,
      Optional<String> justification) {
    return new ScreenedPost(text, altTexts, hashtags, link, contentWarning, justification);
  }

  public Optional<String> text() {
    return text;
  }

  /** One per image, in posting order. */
  public List<String> altTexts() {
    return altTexts;
  }

  public List<String> hashtags() {
    return hashtags;
  }

  public Optional<String> link() {
    return link;
  }

  public Optional<String> contentWarning() {
    return contentWarning;
  }

  /** The justification typed for the overrides, kept once however many reasons it answered. */
  public Optional<String> justification() {
    return justification;
  }

  /** True when at least one value was withheld. */
  public boolean anyWithheld() {
    return java.util.stream.Stream.of(
            text.stream(),
            altTexts.stream(),
            hashtags.stream(),
            link.stream(),
            contentWarning.stream(),
            justification.stream())
        .flatMap(s -> s)
        .anyMatch(v -> v.startsWith(WITHHELD));
  }
}
