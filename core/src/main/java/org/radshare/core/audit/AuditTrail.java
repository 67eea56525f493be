/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an audit log (or its rotated files, oldest first) back as share attempts in log order, for
 * the compliance report and exports: each intent joined with its result, and each refusal. Only
 * lines that are records exactly as RadShare writes them are read, a record counts once the
 * checkpoint after it is read, and records in damage sealed by a RECOVERY record are dropped.
 * Integrity is {@link AuditVerifier}'s job; the report shows its verdict and marks the rows it
 * concerns by their {@link Row#file()} and {@link Row#line()}.
 */
public final class AuditTrail {

  private AuditTrail() {}

  /**
   * One attempt and where it is written.
   *
   * @param file the log file's name
   * @param line the 1-based line of its INTENT or REFUSAL record
   * @param closed false when no checkpoint follows it (the end of the log is damaged)
   */
  public record Row(ShareEntry entry, String file, int line, boolean closed) {}

  /** Every share whose intent was recorded at or after {@code since}. */
  public static List<ShareEntry> read(Path log, Instant since) throws IOException {
    return read(List.of(log), since);
  }

  /** The same over rotated files, oldest first. */
  public static List<ShareEntry> read(List<Path> logs, Instant since) throws IOException {
    return rows(logs, since).stream().map(Row::entry).toList();
  }

  /** Every attempt recorded at or after {@code since}, with where it is written. */
  public static List<Row> rows(List<Path> logs, Instant since) throws IOException {
    Map<String, Row> byIntent = new LinkedHashMap<>();
    for (Path log : logs) {
      readInto(log, byIntent);
    }
    return byIntent.values().stream().filter(r -> !r.entry().at().isBefore(since)).toList();
  }

  private static void readInto(Path log, Map<String, Row> byIntent) throws IOException {
    byte[] bytes = Files.readAllBytes(log);
    String file = log.getFileName().toString();
    List<ObjectNode> pending = new ArrayList<>();
    List<Integer> pendingLines = new ArrayList<>();
    int start = 0;
    int lineNo = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      lineNo++;
      Optional<ObjectNode> node = StrictRecord.parse(Arrays.copyOfRange(bytes, start, i));
      start = i + 1;
      if (node.isEmpty()) {
        continue;
      }
      String type = node.get().path("type").asText();
      if (type.equals(RecordType.CHECKPOINT.name())) {
        apply(pending, pendingLines, file, true, byIntent);
      } else if (type.equals(RecordType.RECOVERY.name())) {
        pending.clear(); // what came since the last checkpoint was damage, sealed here
        pendingLines.clear();
      } else {
        pending.add(node.get());
        pendingLines.add(lineNo);
      }
    }
    apply(pending, pendingLines, file, false, byIntent);
  }

  private static void apply(
      List<ObjectNode> pending,
      List<Integer> lines,
      String file,
      boolean closed,
      Map<String, Row> byIntent) {
    for (int k = 0; k < pending.size(); k++) {
      ObjectNode node = pending.get(k);
      String type = node.path("type").asText();
      String intent = node.path("intent").asText();
      if (type.equals(RecordType.INTENT.name()) || type.equals(RecordType.REFUSAL.name())) {
        byIntent.put(intent, new Row(RecordCodec.readIntent(node), file, lines.get(k), closed));
      } else if (type.equals(RecordType.RESULT.name())) {
        byIntent.computeIfPresent(
            intent,
            (id, row) ->
                new Row(
                    row.entry()
                        .withOutcome(
                            RecordCodec.readOutcome(node), Instant.parse(node.path("at").asText())),
                    row.file(),
                    row.line(),
                    row.closed() && closed));
      }
    }
    pending.clear();
    lines.clear();
  }
}
