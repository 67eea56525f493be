/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radshare.testdata.identity.DateForms;
import org.radshare.testdata.identity.PersonName;

/**
 * Decides whether a piece of text plausibly came from a header attribute's value: a name part, a
 * date in any written form, a time prefix, or the value itself (with or without separators, with or
 * without a label).
 */
final class HeaderRelation {

  private HeaderRelation() {}

  static boolean relates(String text, JsonNode attr) {
    String vr = attr.path("vr").asText();
    List<String> values = values(attr);
    return values.stream().anyMatch(v -> relates(text, vr, v));
  }

  private static boolean relates(String text, String vr, String value) {
    String t = norm(text);
    return switch (vr) {
      case "PN" -> {
        for (String part : value.split("[\\^ ,'\\-=]")) {
          String p = norm(part);
          if (p.length() >= 2 && t.contains(p)) {
            yield true;
          }
        }
        yield false;
      }
      case "DA" ->
          DateForms.all(DateForms.parseDa(value)).stream()
              .anyMatch(f -> text.toUpperCase(Locale.ROOT).contains(f.toUpperCase(Locale.ROOT)));
      case "TM", "DT" -> {
        String d = text.replaceAll("[^0-9]", "");
        String time = vr.equals("DT") ? value.substring(8) : value;
        yield d.length() >= 4 && (value.startsWith(d) || time.startsWith(d));
      }
      case "AS" ->
          text.replaceAll("[^0-9]", "")
              .equals(String.valueOf(Integer.parseInt(value.replaceAll("[^0-9]", ""))));
      default -> {
        String v = norm(value);
        yield !v.isEmpty() && (t.contains(v) || (t.length() >= 4 && v.contains(t)));
      }
    };
  }

  private static List<String> values(JsonNode attr) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : attr.path("Value")) {
      if (v.isObject()) {
        v.fields().forEachRemaining(e -> out.add(e.getValue().asText()));
      } else {
        out.add(v.asText());
      }
    }
    return out;
  }

  /** Upper case, diacritics stripped, only letters and digits kept. */
  static String norm(String s) {
    return PersonName.stripDiacritics(s).toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
