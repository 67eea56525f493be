/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import org.radshare.testdata.header.Tag;

/**
 * A line of overlay text with its truth label: PHI from a header attribute, PHI that no header
 * attribute holds (category null), or benign.
 */
public record Line(String text, boolean phi, String category) {

  public static Line phi(String text, Tag from) {
    return new Line(text, true, from.name());
  }

  /** Identifying text that no header attribute holds (another patient, a prior study's date). */
  public static Line unattributed(String text) {
    return new Line(text, true, null);
  }

  public static Line benign(String text) {
    return new Line(text, false, null);
  }
}
