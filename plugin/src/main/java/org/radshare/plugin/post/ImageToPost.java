/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.post;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One image of a post: exactly what the review dialog previewed (redacted and cropped), the header
 * of the image it was captured from, and the alt text the radiologist wrote for it.
 *
 * @param dicomJson the captured image's header as DICOM JSON (PS3.18 F.2)
 */
public record ImageToPost(BufferedImage image, String dicomJson, String altText) {

  public ImageToPost {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(dicomJson, "dicomJson");
    altText = altText == null ? "" : altText.strip();
  }
}
