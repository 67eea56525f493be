/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import java.nio.file.Path;
import java.util.List;

/** One synthetic capture from test-data: image, DICOM JSON header and the truth of its text. */
public record ImageFixture(
    String id,
    String kind,
    Path image,
    Path header,
    int width,
    int height,
    List<TruthRegion> truth) {
  public ImageFixture {
    truth = List.copyOf(truth);
  }
}
