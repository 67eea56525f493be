/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

import java.util.Optional;

/**
 * DICOM value representations (PS3.5 §6.2), grouped by how DICOM JSON (PS3.18 F.2.3) encodes their
 * values. The reader uses the kind to decide which JSON type a value must have.
 */
public enum Vr {
  AE(Kind.STRING),
  AS(Kind.STRING),
  AT(Kind.ATTRIBUTE_TAG),
  CS(Kind.STRING),
  DA(Kind.STRING),
  DS(Kind.DECIMAL_STRING),
  DT(Kind.STRING),
  FD(Kind.NUMBER),
  FL(Kind.NUMBER),
  IS(Kind.DECIMAL_STRING),
  LO(Kind.STRING),
  LT(Kind.STRING),
  OB(Kind.BINARY),
  OD(Kind.BINARY),
  OF(Kind.BINARY),
  OL(Kind.BINARY),
  OV(Kind.BINARY),
  OW(Kind.BINARY),
  PN(Kind.PERSON_NAME),
  SH(Kind.STRING),
  SL(Kind.NUMBER),
  SQ(Kind.SEQUENCE),
  SS(Kind.NUMBER),
  ST(Kind.STRING),
  SV(Kind.NUMBER),
  TM(Kind.STRING),
  UC(Kind.STRING),
  UI(Kind.STRING),
  UL(Kind.NUMBER),
  UN(Kind.BINARY),
  UR(Kind.STRING),
  US(Kind.NUMBER),
  UT(Kind.STRING),
  UV(Kind.NUMBER);

  /** How the values of a VR are written in DICOM JSON. */
  public enum Kind {
    /** JSON strings. */
    STRING,
    /** IS and DS: JSON numbers or strings holding a number. */
    DECIMAL_STRING,
    /** Binary numbers: JSON numbers (or, for SV/UV and non-finite values, numeric strings). */
    NUMBER,
    /** Person names: objects with Alphabetic / Ideographic / Phonetic component groups. */
    PERSON_NAME,
    /** Sequence items: nested datasets. */
    SEQUENCE,
    /** Attribute tags: strings of 8 hex digits. */
    ATTRIBUTE_TAG,
    /** Bulk data: only InlineBinary or BulkDataURI, never a Value array. */
    BINARY
  }

  private final Kind kind;

  Vr(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** True for VRs whose values are character strings a person could read. */
  public boolean isText() {
    return kind == Kind.STRING || kind == Kind.DECIMAL_STRING || kind == Kind.PERSON_NAME;
  }

  /** The VR named by two upper-case letters, or empty for anything else. */
  public static Optional<Vr> of(String name) {
    if (name == null || name.length() != 2) {
      return Optional.empty();
    }
    for (Vr vr : values()) {
      if (vr.name().equals(name)) {
        return Optional.of(vr);
      }
    }
    return Optional.empty();
  }
}
