/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import org.radshare.core.dicom.Dataset;

/**
 * What a front end hands the pipeline: the captured pixels as the radiologist sees them, the
 * displayed image's DICOM dataset when there is one, and the caption typed so far.
 */
public record ShareInput(BufferedImage image, Optional<Dataset> header, String caption) {
  public ShareInput {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(header, "header");
    caption = caption == null ? "" : caption;
  }
}
