/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.util.List;
import java.util.Optional;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.pixel.GreyWindow;

/**
 * The display window a DICOM header asks for (Window Center / Window Width, with the modality
 * rescale), used to bring deep grey pixels to 8 bits the way the viewer showed them. A header
 * without a usable window yields none, and the image's own minimum and maximum are used instead.
 */
final class HeaderWindow {
  private static final int WINDOW_CENTER = 0x00281050;
  private static final int WINDOW_WIDTH = 0x00281051;
  private static final int RESCALE_INTERCEPT = 0x00281052;
  private static final int RESCALE_SLOPE = 0x00281053;

  private HeaderWindow() {}

  static Optional<GreyWindow> of(Optional<Dataset> header) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Dataset d = header.get();
    Optional<Double> center = first(d.strings(WINDOW_CENTER));
    Optional<Double> width = first(d.strings(WINDOW_WIDTH));
    if (center.isEmpty() || width.isEmpty() || !(width.get() >= 1)) {
      return Optional.empty();
    }
    double slope = first(d.strings(RESCALE_SLOPE)).orElse(1.0);
    double intercept = first(d.strings(RESCALE_INTERCEPT)).orElse(0.0);
    return Optional.of(GreyWindow.dicom(center.get(), width.get(), slope, intercept));
  }

  private static Optional<Double> first(List<String> values) {
    if (values.isEmpty() || values.get(0) == null) {
      return Optional.empty();
    }
    try {
      double v = Double.parseDouble(values.get(0).strip());
      return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
