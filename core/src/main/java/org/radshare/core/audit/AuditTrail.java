/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an audit log back as shares (intent joined with result), in log order, for the compliance
 * report and exports. Lines that are not whole records are skipped here: integrity is {@link
 * AuditVerifier}'s job, and the report shows its verdict next to the table.
 */
public final class AuditTrail {

  private AuditTrail() {}

  /** Every share whose intent was recorded at or after {@code since}. */
  public static List<ShareEntry> read(Path log, Instant since) throws IOException {
    Map<String, ShareEntry> byIntent = new LinkedHashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = parse(line);
        if (node == null) {
          continue;
        }
        String type = node.path("type").asText();
        String intent = node.path("intent").asText();
        if (type.equals(RecordType.INTENT.name())) {
          byIntent.put(intent, RecordCodec.readIntent(node));
        } else if (type.equals(RecordType.RESULT.name()) && byIntent.containsKey(intent)) {
          byIntent.computeIfPresent(
              intent,
              (k, e) ->
                  e.withOutcome(
                      RecordCodec.readOutcome(node), Instant.parse(node.path("at").asText())));
        }
      }
    }
    List<ShareEntry> shares = new ArrayList<>();
    for (ShareEntry e : byIntent.values()) {
      if (!e.at().isBefore(since)) {
        shares.add(e);
      }
    }
    return shares;
  }

  private static JsonNode parse(String line) {
    try {
      JsonNode node = RecordCodec.JSON.readTree(line);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}
