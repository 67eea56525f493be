/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.dicom.codec;

import org.weasis.core.api.media.data.ImageElement;

/** Stub of Weasis's DicomImageElement: one DICOM image or frame. */
public class DicomImageElement extends ImageElement {

  public DcmMediaReader getMediaReader() {
    throw new UnsupportedOperationException("stub");
  }
}
