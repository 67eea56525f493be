/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The policy's JSON Schema (2020-12), shipped inside core as the same file IT gets in
 * bundle-config/, validated with networknt json-schema-validator.
 */
final class PolicySchema {

  static final String RESOURCE = "policy.schema.json";
  private static final Schema SCHEMA = load();

  private PolicySchema() {}

  static List<PolicyProblem> validate(JsonNode policy) {
    List<Error> errors = SCHEMA.validate(policy);
    return errors.stream().map(e -> new PolicyProblem(location(e), explain(e))).distinct().toList();
  }

  /**
   * The JSON Pointer the library reports ({@code /platforms/0/id}) as {@code $.platforms[0].id}.
   */
  private static String location(Error e) {
    StringBuilder out = new StringBuilder("$");
    for (String part : e.getInstanceLocation().toString().split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      String name = part.replace("~1", "/").replace("~0", "~");
      out.append(name.matches("\\d+") ? "[" + name + "]" : "." + name);
    }
    return out.toString();
  }

  /** The library's message without the repeated location, plus a hint for the common cases. */
  private static String explain(Error e) {
    String message = e.getMessage();
    String where = e.getInstanceLocation().toString();
    if (message.startsWith(where + ": ")) {
      message = message.substring(where.length() + 2);
    }
    return "additionalProperties".equals(e.getKeyword())
        ? message + " (a misspelt or unknown setting)"
        : message;
  }

  private static Schema load() {
    try (InputStream in = PolicySchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("policy.schema.json is missing from the core jar");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
