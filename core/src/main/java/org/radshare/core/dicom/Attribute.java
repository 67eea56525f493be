/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One DICOM attribute: its tag, VR and values. Bulk data (InlineBinary, BulkDataURI) is never
 * decoded: the attribute only records that it was there, with no values.
 *
 * @param tag group in the high 16 bits, element in the low 16 bits
 * @param bulkData true when the JSON carried InlineBinary or a BulkDataURI instead of values
 */
public record Attribute(int tag, Vr vr, List<Value> values, boolean bulkData) {

  public Attribute {
    if (vr == null) {
      throw new IllegalArgumentException("attribute needs a VR");
    }
    values = List.copyOf(values);
    if (bulkData && !values.isEmpty()) {
      throw new IllegalArgumentException("bulk data attribute cannot also carry values");
    }
  }

  /** An attribute with values and no bulk data. */
  public static Attribute of(int tag, Vr vr, List<Value> values) {
    return new Attribute(tag, vr, values, false);
  }

  /** Private attributes have an odd group number (PS3.5 §7.8). */
  public boolean isPrivate() {
    return isPrivate(tag);
  }

  public static boolean isPrivate(int tag) {
    return ((tag >>> 16) & 1) == 1;
  }

  /** The tag as DICOM JSON writes it: 8 upper-case hex digits. */
  public String tagString() {
    return tagString(tag);
  }

  public static String tagString(int tag) {
    return String.format(Locale.ROOT, "%08X", tag);
  }

  /** Values as strings (PN as its alphabetic group); items are skipped. */
  public List<String> strings() {
    List<String> out = new ArrayList<>(values.size());
    for (Value v : values) {
      if (!(v instanceof Value.Item)) {
        out.add(v.asString());
      }
    }
    return out;
  }

  /** The nested datasets of a sequence; empty for any other VR. */
  public List<Dataset> items() {
    List<Dataset> out = new ArrayList<>();
    for (Value v : values) {
      if (v instanceof Value.Item item) {
        out.add(item.dataset());
      }
    }
    return out;
  }

  /** The first value, if any. */
  public Optional<Value> first() {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Names the tag and VR only: values may be PHI and must not reach logs. */
  @Override
  public String toString() {
    return "Attribute[" + tagString() + " " + vr + ", " + values.size() + " value(s)]";
  }
}
