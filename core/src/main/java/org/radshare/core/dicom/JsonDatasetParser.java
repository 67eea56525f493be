/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recursive-descent reader over Jackson's streaming tokens. Recursion depth is bounded by {@link
 * DicomJsonReader#MAX_SEQUENCE_DEPTH}; the path of the current position is kept for error messages.
 */
final class JsonDatasetParser {

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|NaN|[-+]?Infinity");

  private final JsonParser root;
  private final List<String> path = new ArrayList<>();
  private int valueCount;

  JsonDatasetParser(JsonParser parser) {
    this.root = parser;
  }

  Dataset readDocument() throws IOException, DicomJsonException {
    JsonToken first = root.nextToken();
    if (first == null) {
      throw new DicomJsonException("empty input: expected a DICOM JSON object");
    }
    if (first != JsonToken.START_OBJECT) {
      throw fail("expected a JSON object (one DICOM JSON dataset)");
    }
    Dataset dataset = readDataset(root, 0);
    if (root.nextToken() != null) {
      throw new DicomJsonException("unexpected content after the DICOM JSON object");
    }
    return dataset;
  }

  /** Reads the members of an object whose START_OBJECT is the current token. */
  private Dataset readDataset(JsonParser p, int depth) throws IOException, DicomJsonException {
    List<Attribute> attributes = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    int member = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      member++;
      int tag = parseTag(p.currentName(), member);
      path.add(Attribute.tagString(tag));
      if (!seen.add(tag)) {
        throw fail("duplicate attribute");
      }
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw fail("expected an attribute object with a \"vr\"");
      }
      attributes.add(readAttribute(p, tag, depth));
      path.remove(path.size() - 1);
    }
    return Dataset.of(attributes);
  }

  private int parseTag(String key, int member) throws DicomJsonException {
    if (key == null || key.length() != 8) {
      throw fail("member #" + member + " is not a tag of 8 hex digits");
    }
    int tag = 0;
    for (int i = 0; i < 8; i++) {
      int d = Character.digit(key.charAt(i), 16);
      if (d < 0) {
        throw fail("member #" + member + " is not a tag of 8 hex digits");
      }
      tag = (tag << 4) | d;
    }
    return tag;
  }

  /** Reads {"vr":…, "Value"|"InlineBinary"|"BulkDataURI":…}; members may come in any order. */
  private Attribute readAttribute(JsonParser p, int tag, int depth)
      throws IOException, DicomJsonException {
    Vr vr = null;
    TokenBuffer pendingValue = null;
    List<Value> values = null;
    boolean bulk = false;
    Set<String> members = new HashSet<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      if (!members.add(name)) {
        throw fail("duplicate member \"" + safeName(name) + "\"");
      }
      JsonToken v = p.nextToken();
      switch (name) {
        case "vr" -> vr = readVr(p, v);
        case "Value" -> {
          if (vr != null) {
            values = readValues(p, v, vr, depth);
          } else {
            // "vr" may follow "Value" (JSON members are unordered): replay once it is known.
            pendingValue = TokenBuffer.asCopyOfValue(p);
          }
        }
        case "InlineBinary", "BulkDataURI" -> {
          if (v != JsonToken.VALUE_STRING) {
            throw fail(name + " must be a string");
          }
          bulk = true; // never decoded: binary content is not text we could check
        }
        default -> throw fail("unknown member \"" + safeName(name) + "\"");
      }
    }
    if (vr == null) {
      throw fail("missing \"vr\"");
    }
    if (pendingValue != null) {
      try (JsonParser replay = pendingValue.asParser(p)) {
        values = readValues(replay, replay.nextToken(), vr, depth);
      }
    }
    if (bulk && values != null) {
      throw fail("has both Value and bulk data");
    }
    return new Attribute(tag, vr, values == null ? List.of() : values, bulk);
  }

  private Vr readVr(JsonParser p, JsonToken t) throws IOException, DicomJsonException {
    if (t != JsonToken.VALUE_STRING) {
      path.add("vr");
      throw fail("expected a string");
    }
    String text = p.getText();
    return Vr.of(text)
        .orElseThrow(() -> fail("\"vr\" is not a known two-letter value representation"));
  }

  private List<Value> readValues(JsonParser p, JsonToken t, Vr vr, int depth)
      throws IOException, DicomJsonException {
    path.add("Value");
    if (vr.kind() == Vr.Kind.BINARY) {
      throw fail("VR " + vr + " carries only InlineBinary or BulkDataURI, not Value");
    }
    if (t != JsonToken.START_ARRAY) {
      throw fail("expected an array");
    }
    path.remove(path.size() - 1);
    List<Value> values = new ArrayList<>();
    int index = 0;
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      if (++valueCount > DicomJsonReader.MAX_VALUES) {
        throw fail("more than " + DicomJsonReader.MAX_VALUES + " values in the dataset");
      }
      path.add("Value[" + index++ + "]");
      values.add(readValue(p, e, vr, depth));
      path.remove(path.size() - 1);
    }
    return values;
  }

  private Value readValue(JsonParser p, JsonToken t, Vr vr, int depth)
      throws IOException, DicomJsonException {
    if (t == JsonToken.VALUE_NULL && vr.kind() != Vr.Kind.SEQUENCE) {
      return new Value.Empty();
    }
    return switch (vr.kind()) {
      case STRING -> {
        if (t != JsonToken.VALUE_STRING) {
          throw fail("expected a string");
        }
        yield new Value.Text(p.getText());
      }
      case DECIMAL_STRING -> {
        if (t == JsonToken.VALUE_STRING) {
          yield new Value.Text(p.getText());
        }
        if (t.isNumeric()) {
          yield new Value.Number(p.getText());
        }
        throw fail("expected a number or a string");
      }
      case NUMBER -> readNumber(p, t);
      case PERSON_NAME -> readPersonName(p, t);
      case SEQUENCE -> {
        if (t != JsonToken.START_OBJECT) {
          throw fail("expected a sequence item (an object)");
        }
        if (depth + 1 > DicomJsonReader.MAX_SEQUENCE_DEPTH) {
          throw fail(
              "sequences nested deeper than " + DicomJsonReader.MAX_SEQUENCE_DEPTH + " levels");
        }
        yield new Value.Item(readDataset(p, depth + 1));
      }
      case ATTRIBUTE_TAG -> readTagValue(p, t);
      case BINARY -> throw fail("binary VR cannot carry values");
    };
  }

  private Value readNumber(JsonParser p, JsonToken t) throws IOException, DicomJsonException {
    if (t.isNumeric()) {
      return new Value.Number(p.getText());
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText().trim();
      if (s.length() <= 1000 && NUMBER.matcher(s).matches()) {
        return new Value.Number(s);
      }
    }
    throw fail("expected a number");
  }

  private Value readTagValue(JsonParser p, JsonToken t) throws IOException, DicomJsonException {
    if (t != JsonToken.VALUE_STRING) {
      throw fail("expected a tag string of 8 hex digits");
    }
    String s = p.getText();
    if (s.length() != 8 || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw fail("expected a tag string of 8 hex digits");
    }
    return new Value.TagRef(Integer.parseUnsignedInt(s, 16));
  }

  private Value readPersonName(JsonParser p, JsonToken t) throws IOException, DicomJsonException {
    if (t == JsonToken.VALUE_STRING) {
      return new Value.Name(PersonName.ofAlphabetic(p.getText())); // lenient, lossless
    }
    if (t != JsonToken.START_OBJECT) {
      throw fail("expected a person name object");
    }
    String alphabetic = null;
    String ideographic = null;
    String phonetic = null;
    for (JsonToken m = p.nextToken(); m != JsonToken.END_OBJECT; m = p.nextToken()) {
      String name = p.currentName();
      path.add(safeName(name));
      JsonToken v = p.nextToken();
      String text;
      if (v == JsonToken.VALUE_NULL) {
        text = "";
      } else if (v == JsonToken.VALUE_STRING) {
        text = p.getText();
      } else {
        throw fail("expected a string");
      }
      switch (name) {
        case "Alphabetic" -> alphabetic = once(alphabetic, text);
        case "Ideographic" -> ideographic = once(ideographic, text);
        case "Phonetic" -> phonetic = once(phonetic, text);
        default -> throw fail("unknown person name component group");
      }
      path.remove(path.size() - 1);
    }
    return new Value.Name(new PersonName(alphabetic, ideographic, phonetic));
  }

  private String once(String previous, String text) throws DicomJsonException {
    if (previous != null) {
      throw fail("duplicate component group");
    }
    return text;
  }

  /** A member name fit for an error message: known names verbatim, anything else elided. */
  private static String safeName(String name) {
    if (name != null
        && name.length() <= 16
        && name.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
      return name;
    }
    return "…";
  }

  private DicomJsonException fail(String problem) {
    String where = path.isEmpty() ? "top level" : String.join(".", path);
    return new DicomJsonException("at " + where + ": " + problem);
  }
}
