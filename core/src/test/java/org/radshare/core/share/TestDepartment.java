/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.nio.file.Files;
import java.nio.file.Path;
import org.radshare.core.audit.Pseudonymizer;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.PolicyLoader;

/**
 * A synthetic department for publishing tests: posts to the outbox only, requires every check and
 * alt text, and keeps its audit log and pseudonym key under the test's folder. Tests vary only the
 * review justification length and whether a BLOCK may be overridden.
 */
final class TestDepartment {
  private TestDepartment() {}

  /** Writes the policy and a fresh pseudonym key under {@code dir} and loads the policy. */
  static DepartmentPolicy policy(Path dir, int reviewJustification, boolean overrideAllowed)
      throws Exception {
    Path file = dir.resolve("policy.json");
    Files.writeString(
        file,
        """
        {"version": 1, "department": "Synthetic test department",
         "platforms": [{"id": "outbox"}],
         "requiredChecks": ["ocr", "caption", "header"],
         "review": {"userMayConfirm": true, "justificationMinLength": %d},
         "blockOverride": {"allowed": %b, "justificationMinLength": 20},
         "post": {"altTextRequired": true, "disclaimer": ""},
         "audit": {"log": "audit/audit.jsonl", "secretFile": "audit/secret.key",
                   "retentionDays": 30}}
        """
            .formatted(reviewJustification, overrideAllowed));
    DepartmentPolicy policy = PolicyLoader.load(file);
    Files.createDirectories(policy.audit().secretFile().getParent());
    Pseudonymizer.writeNewKey(policy.audit().secretFile());
    return policy;
  }
}
