/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.dicom.codec;

import org.dcm4che3.data.Attributes;

/** Stub of Weasis's DcmMediaReader: the reader behind a DICOM image. */
public interface DcmMediaReader {

  Attributes getDicomObject();
}
