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
 * One image of a post of one to four: the pixels as the radiologist sees them (or, for a reviewed
 * share, exactly as they will leave), the displayed image's DICOM dataset when there is one, and
 * the alt text describing it. The caption belongs to the post, not to an image.
 *
 * @param altText read out by screen readers; required before posting
 */
public record PostImage(BufferedImage image, Optional<Dataset> header, String altText) {
  public PostImage {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(header, "header");
    altText = altText == null ? "" : altText.strip();
  }

  /** This image with the post's caption, as the checks take it. */
  ShareInput input(String caption) {
    return new ShareInput(image, header, caption);
  }
}
