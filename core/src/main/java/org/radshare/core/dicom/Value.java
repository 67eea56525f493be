/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

import java.util.Locale;

/**
 * One value of a DICOM attribute, typed by what DICOM JSON carried. A closed set so that every
 * consumer handles every shape (a person name, a nested item…) explicitly.
 */
public sealed interface Value {

  /** The value as a person would read it; empty for items and empty values. */
  String asString();

  /** A character-string value (AE, CS, LO, DA, UI…, and IS/DS written as strings). */
  record Text(String text) implements Value {
    public Text {
      if (text == null) {
        throw new IllegalArgumentException("text value is null");
      }
    }

    @Override
    public String asString() {
      return text;
    }
  }

  /** A numeric value, kept as the literal written in the JSON (exact, and never parsed twice). */
  record Number(String literal) implements Value {
    public Number {
      if (literal == null || literal.isEmpty()) {
        throw new IllegalArgumentException("numeric value is empty");
      }
    }

    @Override
    public String asString() {
      return literal;
    }
  }

  /** A person name (PN). */
  record Name(PersonName name) implements Value {
    public Name {
      if (name == null) {
        throw new IllegalArgumentException("person name is null");
      }
    }

    @Override
    public String asString() {
      return name.alphabetic();
    }
  }

  /** A sequence item (SQ): a nested dataset. */
  record Item(Dataset dataset) implements Value {
    public Item {
      if (dataset == null) {
        throw new IllegalArgumentException("sequence item is null");
      }
    }

    @Override
    public String asString() {
      return "";
    }
  }

  /** An attribute tag value (AT). */
  record TagRef(int tag) implements Value {
    @Override
    public String asString() {
      return String.format(Locale.ROOT, "%08X", tag);
    }
  }

  /** A value written as JSON null: present in a multi-valued attribute, but empty. */
  record Empty() implements Value {
    @Override
    public String asString() {
      return "";
    }
  }
}
