/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds one DICOM JSON dataset (PS3.18 F.2). Attributes are kept in tag order whatever order they
 * are added in, so the written file is stable.
 */
public final class DicomJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final Map<String, ObjectNode> attrs = new TreeMap<>();

  /** String-valued attribute (any text VR), one or more values. */
  public DicomJson str(Tag tag, String... values) {
    ObjectNode a = attr(tag.hex(), tag.vr());
    ArrayNode v = a.putArray("Value");
    for (String s : values) {
      v.add(s);
    }
    return this;
  }

  /** An attribute present with no value (allowed by F.2 for empty elements). */
  public DicomJson empty(Tag tag) {
    attr(tag.hex(), tag.vr());
    return this;
  }

  /** Numeric attribute (US, IS…), written as JSON numbers. */
  public DicomJson num(Tag tag, long... values) {
    ArrayNode v = attr(tag.hex(), tag.vr()).putArray("Value");
    for (long n : values) {
      v.add(n);
    }
    return this;
  }

  /** PN with its component groups; empty groups are left out. */
  public DicomJson pn(Tag tag, String alphabetic, String ideographic, String phonetic) {
    ObjectNode name = F.objectNode();
    name.put("Alphabetic", alphabetic);
    if (!ideographic.isEmpty()) {
      name.put("Ideographic", ideographic);
    }
    if (!phonetic.isEmpty()) {
      name.put("Phonetic", phonetic);
    }
    attr(tag.hex(), "PN").putArray("Value").add(name);
    return this;
  }

  /** A sequence of nested datasets. */
  public DicomJson sq(Tag tag, DicomJson... items) {
    ArrayNode v = attr(tag.hex(), "SQ").putArray("Value");
    for (DicomJson item : items) {
      v.add(item.toJson());
    }
    return this;
  }

  /** Binary value given inline as base64; readers must skip it. */
  public DicomJson inlineBinary(Tag tag, String base64) {
    attr(tag.hex(), tag.vr()).put("InlineBinary", base64);
    return this;
  }

  /** Binary value held elsewhere; readers must skip it. */
  public DicomJson bulkData(Tag tag, String uri) {
    attr(tag.hex(), tag.vr()).put("BulkDataURI", uri);
    return this;
  }

  public JsonNode toJson() {
    ObjectNode o = F.objectNode();
    attrs.forEach(o::set);
    return o;
  }

  private ObjectNode attr(String hex, String vr) {
    ObjectNode a = F.objectNode();
    a.put("vr", vr);
    attrs.put(hex, a);
    return a;
  }
}
