/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.caption;

import java.util.ArrayList;
import java.util.List;

/** Builds a caption piece by piece, remembering which pieces identify the patient. */
final class Caption {

  private final StringBuilder text = new StringBuilder();
  private final List<CaptionCases.Phi> phi = new ArrayList<>();

  /** Plain, non-identifying text. */
  Caption t(String s) {
    text.append(s);
    return this;
  }

  /** Identifying text of {@code category}. */
  Caption p(String s, String category) {
    text.append(s);
    phi.add(new CaptionCases.Phi(s, category));
    return this;
  }

  String text() {
    return text.toString();
  }

  List<CaptionCases.Phi> phi() {
    return List.copyOf(phi);
  }
}
