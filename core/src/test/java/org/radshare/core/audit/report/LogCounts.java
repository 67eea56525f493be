/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a log holds, counted straight from its JSON lines (independently of the report code), to
 * check the report's summary against.
 */
record LogCounts(int attempts, int posted, int failed, int refused, int blocked, int overridden) {

  static LogCounts of(Path log) throws Exception {
    ObjectMapper json = new ObjectMapper();
    int attempts = 0;
    int posted = 0;
    int failed = 0;
    int refused = 0;
    int blocked = 0;
    int overridden = 0;
    for (String line : Files.readAllLines(log)) {
      JsonNode n = json.readTree(line);
      String type = n.path("type").asText();
      String outcome = n.path("outcome").asText();
      if (type.equals("INTENT") || type.equals("REFUSAL")) {
        attempts++;
      }
      if (type.equals("INTENT") && !n.path("overrides").isEmpty()) {
        overridden++;
      }
      if (type.equals("RESULT") && outcome.equals("POSTED")) {
        posted++;
      }
      if (type.equals("RESULT") && outcome.equals("FAILED")) {
        failed++;
      }
      if (type.equals("REFUSAL") && outcome.equals("REFUSED")) {
        refused++;
      }
      if (type.equals("REFUSAL") && outcome.equals("BLOCKED")) {
        blocked++;
      }
    }
    return new LogCounts(attempts, posted, failed, refused, blocked, overridden);
  }
}
