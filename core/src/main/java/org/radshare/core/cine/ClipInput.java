/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.util.Objects;
import java.util.Optional;
import org.radshare.core.dicom.Dataset;

/** What a front end hands the clip pipeline: the frames, the series header, the caption. */
public record ClipInput(FrameSet frames, Optional<Dataset> header, String caption) {
  public ClipInput {
    Objects.requireNonNull(frames, "frames");
    Objects.requireNonNull(header, "header");
    caption = caption == null ? "" : caption;
  }
}
