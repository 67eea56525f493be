/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditOptions;
import org.radshare.core.audit.AuditRepair;
import org.radshare.core.audit.CheckpointKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code radshare audit repair}: seals damage at the end of the log so sharing can resume. */
@Command(
    name = "repair",
    mixinStandardHelpOptions = true,
    description = {
      "Verify the audit log and, if the only damage is after its last intact checkpoint (a stray",
      "blank line, text or a record appended by hand, a torn write), seal those bytes with a",
      "RECOVERY record that names who repaired. The bytes stay in the file; verify and the report",
      "show the repair. Damage before the last checkpoint is tampering and is refused.",
      "Exit status: 0 repaired or nothing to repair; 4 refused (tampering); 2 bad input."
    })
final class AuditRepairCommand implements Callable<Integer> {

  @Option(names = "--log", required = true, paramLabel = "FILE", description = "The audit log.")
  Path log;

  @Option(
      names = "--signing-key",
      paramLabel = "PEM",
      description = "The department signing key (audit.checkpointKey), when the log is signed.")
  Path signingKey;

  @Override
  public Integer call() throws IOException, AuditCommand.BadInput {
    AuditOptions options = AuditOptions.defaults();
    try {
      AuditCommand.logSet(log);
      if (signingKey != null) {
        var key = CheckpointKeys.readPrivateKey(signingKey);
        options = options.withCheckpointKey(key, CheckpointKeys.publicKeyOf(key));
      }
    } catch (IOException e) {
      System.err.println("radshare: cannot read the signing key " + signingKey);
      return RadShareCommand.EXIT_BAD_INPUT;
    }
    AuditRepair.Result result = AuditRepair.repair(log, options, Actor.currentOsUser().osUser());
    System.out.println(result.message());
    if (result.refused()) {
      return AuditCommand.EXIT_TAMPERED;
    }
    return RadShareCommand.EXIT_OK;
  }
}
