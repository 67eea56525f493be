/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads one line of the log as a record only if it is exactly what RadShare writes: one JSON
 * object, no duplicate keys, nothing after it, and byte for byte the compact form {@link
 * RecordCodec} produces. Any other spelling of "the same" record (a duplicate key that a lenient
 * reader resolves to its last value, spaces, escapes, a trailing token) is not a record, so a line
 * cannot say one thing to the verifier and another to the report.
 */
final class StrictRecord {

  private static final ObjectMapper STRICT =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private StrictRecord() {}

  /** The record on this line, or empty when the line is not one RadShare wrote. */
  static Optional<ObjectNode> parse(byte[] line) {
    JsonNode node;
    try {
      node = STRICT.readTree(line);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (!(node instanceof ObjectNode object)
        || !object.path("seq").isIntegralNumber()
        || !object.path("prev").isTextual()
        || !object.path("type").isTextual()
        || !Arrays.equals(RecordCodec.bytes(object), line)) {
      return Optional.empty();
    }
    return Optional.of(object);
  }
}
