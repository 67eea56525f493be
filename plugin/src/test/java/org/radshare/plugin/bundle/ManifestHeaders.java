/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.bundle;

import java.util.ArrayList;
import java.util.List;

/** Splits an OSGi manifest header into its clauses (commas inside quotes do not split). */
final class ManifestHeaders {

  private ManifestHeaders() {}

  /** One clause: the package name and the rest of the clause (attributes and directives). */
  record Clause(String name, String parameters) {
    boolean optional() {
      return parameters.replace(" ", "").contains("resolution:=optional");
    }
  }

  static List<Clause> clauses(String header) {
    List<Clause> out = new ArrayList<>();
    if (header == null || header.isBlank()) {
      return out;
    }
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        out.add(clause(current.toString()));
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    out.add(clause(current.toString()));
    return out;
  }

  private static Clause clause(String text) {
    int semi = text.indexOf(';');
    return semi < 0
        ? new Clause(text.trim(), "")
        : new Clause(text.substring(0, semi).trim(), text.substring(semi + 1));
  }
}
