/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radshare.core.audit.AuditVerifier;
import org.radshare.core.audit.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code radshare audit verify}: is the audit log intact? Names the first bad record. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check the hash chain (and, with --key, the signed checkpoints) of an audit log and of the",
      "files rotated out of it (FILE.<seq>.jsonl beside it), as one chain.",
      "Exit status: 0 intact; 3 last record incomplete (crash or cut; all before it verify);",
      "4 tampered (edited, deleted, inserted, reordered or appended record, or bad signature);",
      "5 empty (no records at all); 6 unsigned tail (with --key: records after the last signed",
      "checkpoint); 2 bad input (missing file, a folder, unreadable key); 1 internal error."
    })
final class AuditVerifyCommand implements Callable<Integer> {

  @Option(names = "--log", required = true, paramLabel = "FILE", description = "The audit log.")
  Path log;

  @Option(names = "--key", paramLabel = "PEM", description = "Department public key (Ed25519 PEM).")
  Path key;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException, AuditCommand.BadInput {
    VerifyReport report =
        new AuditVerifier(AuditCommand.publicKey(key)).verify(AuditCommand.logSet(log));
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode out = mapper.createObjectNode();
      out.put("integrity", report.integrity().name());
      out.put("wholeRecords", report.wholeRecords());
      out.put("lastSeq", report.lastSeq());
      report
          .firstProblem()
          .ifPresent(
              p -> {
                ObjectNode bad = out.putObject("firstBadRecord");
                bad.put("line", p.line());
                p.seq().ifPresent(s -> bad.put("seq", s));
                bad.put("message", p.message());
              });
      report.notices().forEach(out.putArray("notices")::add);
      System.out.println(mapper.writeValueAsString(out));
    } else {
      System.out.println(report.summary());
      report.notices().forEach(n -> System.out.println("note: " + n));
    }
    return switch (report.integrity()) {
      case INTACT -> RadShareCommand.EXIT_OK;
      case TRUNCATED_TAIL -> AuditCommand.EXIT_TRUNCATED;
      case TAMPERED -> AuditCommand.EXIT_TAMPERED;
      case EMPTY -> AuditCommand.EXIT_EMPTY;
      case UNSIGNED_TAIL -> AuditCommand.EXIT_UNSIGNED_TAIL;
    };
  }
}
