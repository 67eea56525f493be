/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.dcm4che3.json;

import jakarta.json.stream.JsonGenerator;
import org.dcm4che3.data.Attributes;

/** Stub of dcm4che's JSONWriter: writes a dataset as DICOM JSON (PS3.18 F.2). */
public class JSONWriter {

  public JSONWriter(JsonGenerator gen) {
    throw new UnsupportedOperationException("stub");
  }

  public void write(Attributes attrs) {
    throw new UnsupportedOperationException("stub");
  }

  public void setReplaceBulkDataURI(String replaceBulkDataURI) {
    throw new UnsupportedOperationException("stub");
  }
}
