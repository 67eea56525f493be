/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.phi.PhiMatcher;

/**
 * One screen for every text that leaves with a post — caption, alt text of each image, hashtags,
 * link, content warning, justification — with the same lexicon (the identifiers of every header of
 * the post) and the same checks and normalisation ({@link CaptionScanner}) for all of them. A
 * finding in any field refuses the post with a sentence naming the field and the kind of
 * identifier, never its value.
 *
 * <p>A hashtag is also read with its capitalised words split ({@code #LakeshoreChildrensHospital} →
 * {@code Lakeshore Childrens Hospital}), so cue words and institution names inside it are found.
 */
public final class TextScreen {

  private final PhiMatcher lexicon;

  private TextScreen(PhiMatcher lexicon) {
    this.lexicon = lexicon;
  }

  /** A screen with the identifiers of every header given (the post's images or its clip). */
  public static TextScreen forHeaders(List<Dataset> headers) {
    List<PhiLexicon> parts = headers.stream().map(PhiLexicon::from).toList();
    return new TextScreen(text -> parts.stream().flatMap(p -> p.find(text).stream()).toList());
  }

  /** The identifiers in one field. */
  public FieldFindings screen(OutgoingText field) {
    String text = field.text();
    if (field.kind() == FieldKind.HASHTAG) {
      return new FieldFindings(field, hashtag(text));
    }
    return new FieldFindings(field, CaptionScanner.scan(text, lexicon));
  }

  /**
   * Why the post must not leave, naming the first field with an identifier ("Patient name found in
   * the alt text of image 2 — remove it to post."), or empty when every field is clean.
   */
  public Optional<String> refusal(List<OutgoingText> fields) {
    for (OutgoingText f : fields) {
      FieldFindings found = screen(f);
      if (!found.clean()) {
        return Optional.of(
            describe(found.findings().get(0).category())
                + " found in "
                + f.where()
                + " \u2014 remove it to post.");
      }
    }
    return Optional.empty();
  }

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("Phone", "A phone number"),
          Map.entry("Email", "An e-mail address"),
          Map.entry("Url", "A link carrying an identifier"),
          Map.entry("AgeOver89", "An age over 89"),
          Map.entry("StreetAddress", "A street address"),
          Map.entry("SsnLike", "A social security number"),
          Map.entry("MedicalRecordNumber", "A record number"),
          Map.entry("Date", "A date"),
          Map.entry("IdentifierNumber", "An ID-like number"),
          Map.entry("ZipCode", "A ZIP code"),
          Map.entry("IpAddress", "An IP address"),
          Map.entry("VehicleId", "A vehicle identification number"),
          Map.entry("LicensePlate", "A licence plate"),
          Map.entry("PersonName", "A person's name"),
          Map.entry("InstitutionName", "An institution's name"),
          // Header attributes whose spelled-out name would read wrongly ("Patient id").
          Map.entry("PatientID", "Patient ID"),
          Map.entry("OtherPatientIDs", "Another patient ID"));

  /** A category in words, capitalised: "Patient name", "A phone number". */
  public static String describe(String category) {
    String known = NAMES.get(category);
    if (known != null) {
      return known;
    }
    String words =
        category.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    return words.isEmpty()
        ? "An identifier"
        : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A hashtag as typed and with its capitalised words split; findings refer to the tag. */
  private List<CaptionFinding> hashtag(String tag) {
    String text = tag.strip();
    if (!text.isEmpty() && text.charAt(0) != '#') {
      text = "#" + text;
    }
    List<CaptionFinding> found = new ArrayList<>(CaptionScanner.scan(text, lexicon));
    StringBuilder split = new StringBuilder();
    List<Integer> origin = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean boundary =
          i > 1
              && ((Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1)))
                  || (Character.isDigit(c) != Character.isDigit(text.charAt(i - 1))));
      if (boundary || c == '_') {
        split.append(' ');
        origin.add(i);
      }
      if (c != '_') {
        split.append(c == '#' ? ' ' : c); // the split reading is words, not a tag
        origin.add(i);
      }
    }
    if (!split.toString().equals(text)) {
      for (CaptionFinding m : CaptionScanner.scan(split.toString(), lexicon)) {
        int start = origin.get(Math.min(m.start(), origin.size() - 1));
        int end = m.end() == 0 ? 0 : origin.get(Math.min(m.end(), origin.size()) - 1) + 1;
        found.add(new CaptionFinding(start, end, text.substring(start, end), m.category()));
      }
    }
    found.sort(java.util.Comparator.comparingInt(CaptionFinding::start));
    List<CaptionFinding> merged = new ArrayList<>();
    for (CaptionFinding f : found) {
      CaptionFinding last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && f.start() < last.end()) {
        int end = Math.max(last.end(), f.end());
        merged.set(
            merged.size() - 1,
            new CaptionFinding(
                last.start(), end, text.substring(last.start(), end), last.category()));
      } else {
        merged.add(f);
      }
    }
    return merged;
  }
}
