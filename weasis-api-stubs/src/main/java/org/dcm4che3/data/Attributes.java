/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.dcm4che3.data;

/** Stub of dcm4che's Attributes: a DICOM dataset. */
public class Attributes {

  public Attributes(Attributes other) {
    throw new UnsupportedOperationException("stub");
  }

  public int removeAllBulkData() {
    throw new UnsupportedOperationException("stub");
  }
}
