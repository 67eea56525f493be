/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

/**
 * One place in a piece of text that identifies the patient (or a caregiver, institution, date…).
 *
 * <p>Offsets are UTF-16 indices into the text that was searched, end exclusive. The category is the
 * DICOM keyword of the attribute the value came from ({@code PatientName}, {@code AccessionNumber}
 * …) or the name of a Safe Harbor pattern that needs no header ({@code Phone}, {@code Email},
 * {@code Url}, {@code AgeOver89}, {@code StreetAddress}, {@code SsnLike}). The matched value itself
 * is never stored here, so a match can be logged and audited safely.
 */
public record PhiMatch(int start, int end, String category) {
  public PhiMatch {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad match span " + start + ".." + end);
    }
    if (category == null || category.isBlank()) {
      throw new IllegalArgumentException("a PHI match needs a category");
    }
  }
}
