/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.header;

import java.util.List;

/** The acquisition types the fixtures imitate, with the SOP class and image type each carries. */
public enum Modality {
  CT("CT", "1.2.840.10008.5.1.4.1.1.2", List.of("ORIGINAL", "PRIMARY", "AXIAL")),
  MR("MR", "1.2.840.10008.5.1.4.1.1.4", List.of("ORIGINAL", "PRIMARY", "M", "NORM")),
  US("US", "1.2.840.10008.5.1.4.1.1.6.1", List.of("ORIGINAL", "PRIMARY", "ABDOMINAL")),
  US_CINE("US", "1.2.840.10008.5.1.4.1.1.3.1", List.of("ORIGINAL", "PRIMARY", "ABDOMINAL")),
  CR("CR", "1.2.840.10008.5.1.4.1.1.1", List.of("ORIGINAL", "PRIMARY")),
  DX("DX", "1.2.840.10008.5.1.4.1.1.1.1", List.of("ORIGINAL", "PRIMARY")),
  SCREEN("OT", "1.2.840.10008.5.1.4.1.1.7", List.of("DERIVED", "SECONDARY", "SCREEN SAVE")),
  SCAN("OT", "1.2.840.10008.5.1.4.1.1.7", List.of("DERIVED", "SECONDARY")),
  PDF("DOC", "1.2.840.10008.5.1.4.1.1.104.1", List.of());

  private final String code;
  private final String sopClass;
  private final List<String> imageType;

  Modality(String code, String sopClass, List<String> imageType) {
    this.code = code;
    this.sopClass = sopClass;
    this.imageType = imageType;
  }

  public String code() {
    return code;
  }

  public String sopClass() {
    return sopClass;
  }

  public List<String> imageType() {
    return imageType;
  }
}
