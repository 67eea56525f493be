/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.radshare.core.audit.Pseudonymizer;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.PolicyException;
import org.radshare.core.policy.PolicyLoader;

/**
 * The policy used when posting to the local outbox without a department policy (the demo, and
 * {@code post --to outbox}): outbox only, every check required, audit trail inside the outbox
 * folder with its own pseudonymisation secret. It is written to the outbox once and then read back
 * through the real policy loader, so it is validated like any department's file.
 */
final class OutboxPolicy {

  private OutboxPolicy() {}

  /** Writes the policy and secret into {@code outbox} if missing; returns the loaded policy. */
  static DepartmentPolicy prepare(Path outbox) throws IOException, PolicyException {
    Files.createDirectories(outbox);
    Path file = outbox.resolve("policy.json");
    if (!Files.exists(file)) {
      try (InputStream in = OutboxPolicy.class.getResourceAsStream("demo-policy.json")) {
        Files.copy(in, file);
      }
    }
    DepartmentPolicy policy = PolicyLoader.load(file);
    Path secret = policy.audit().secretFile();
    if (!Files.exists(secret)) {
      Files.createDirectories(secret.getParent());
      Pseudonymizer.writeNewKey(secret);
    }
    return policy;
  }
}
