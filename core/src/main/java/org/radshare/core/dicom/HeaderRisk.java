/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the header alone says about how risky the pixels are, before any text is found. Each flag
 * raises the verdict floor in the policy; the description is safe to show and log (no PHI).
 */
public enum HeaderRisk {
  BURNED_IN_ANNOTATION("The header declares burned-in annotation (Burned In Annotation = YES)."),
  RECOGNIZABLE_VISUAL_FEATURES(
      "The header declares recognizable visual features such as a face"
          + " (Recognizable Visual Features = YES)."),
  SECONDARY_CAPTURE("The image is a secondary capture, which often carries burned-in identifiers."),
  ULTRASOUND("The image is ultrasound, whose banners usually show patient identifiers."),
  SCREENSHOT("The image is a screen capture, which may show any on-screen text."),
  ENCAPSULATED_DOCUMENT(
      "The object is an encapsulated document (such as a PDF), which cannot be shared safely.");

  private static final String SECONDARY_CAPTURE_UID = "1.2.840.10008.5.1.4.1.1.7";
  private static final List<String> ULTRASOUND_UIDS =
      List.of(
          "1.2.840.10008.5.1.4.1.1.6.1", // Ultrasound Image
          "1.2.840.10008.5.1.4.1.1.6.2", // Enhanced US Volume
          "1.2.840.10008.5.1.4.1.1.6.3", // Photoacoustic
          "1.2.840.10008.5.1.4.1.1.3.1", // Ultrasound Multi-frame Image
          "1.2.840.10008.5.1.4.1.1.6", // retired Ultrasound Image
          "1.2.840.10008.5.1.4.1.1.3"); // retired Ultrasound Multi-frame Image
  private static final String ENCAPSULATED_PREFIX = "1.2.840.10008.5.1.4.1.1.104.";

  private final String description;

  HeaderRisk(String description) {
    this.description = description;
  }

  /** A sentence for the radiologist; never contains a header value. */
  public String description() {
    return description;
  }

  /**
   * The risk flags a header raises.
   *
   * <p>Decisions: Image Type value SECONDARY alone is common for reformats and MPRs, so it only
   * counts as secondary capture together with modality SC or an SC SOP class; SCREEN SAVE (or
   * Conversion Type WSD, workstation) marks a screenshot. Flags compare case-insensitively and
   * ignore surrounding spaces, because real headers are not always tidy.
   */
  public static Set<HeaderRisk> assess(Dataset header) {
    Set<HeaderRisk> risks = EnumSet.noneOf(HeaderRisk.class);
    if (isYes(header, Tags.BurnedInAnnotation)) {
      risks.add(BURNED_IN_ANNOTATION);
    }
    if (isYes(header, Tags.RecognizableVisualFeatures)) {
      risks.add(RECOGNIZABLE_VISUAL_FEATURES);
    }
    String sopClass = clean(header.string(Tags.SOPClassUID).orElse(""));
    String modality = clean(header.string(Tags.Modality).orElse("")).toUpperCase(Locale.ROOT);
    List<String> imageType =
        header.strings(Tags.ImageType).stream()
            .map(s -> clean(s).toUpperCase(Locale.ROOT))
            .toList();
    String conversion =
        clean(header.string(Tags.ConversionType).orElse("")).toUpperCase(Locale.ROOT);

    boolean scClass =
        sopClass.equals(SECONDARY_CAPTURE_UID) || sopClass.startsWith(SECONDARY_CAPTURE_UID + ".");
    if (scClass || modality.equals("SC")) {
      risks.add(SECONDARY_CAPTURE);
    }
    if (modality.equals("US") || ULTRASOUND_UIDS.contains(sopClass)) {
      risks.add(ULTRASOUND);
    }
    if (imageType.contains("SCREEN SAVE") || conversion.equals("WSD")) {
      risks.add(SCREENSHOT);
    }
    if (sopClass.startsWith(ENCAPSULATED_PREFIX) || modality.equals("DOC")) {
      risks.add(ENCAPSULATED_DOCUMENT);
    }
    return risks;
  }

  private static boolean isYes(Dataset header, int tag) {
    return header.string(tag).map(s -> clean(s).equalsIgnoreCase("YES")).orElse(false);
  }

  private static String clean(String s) {
    // UIDs may carry a trailing NUL pad in sloppy writers; values may carry space padding.
    return s.replace("\0", "").trim();
  }
}
