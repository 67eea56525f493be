/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.radshare.core.audit.Pseudonymizer;

/**
 * The synthetic department policy the plugin's posting tests use: every check and alt text
 * required, no BLOCK override, the audit log and a fresh pseudonym key under the test's folder.
 * Tests vary the REVIEW justification length and whether Mastodon is allowed beside the outbox.
 */
public final class TestPolicies {
  private TestPolicies() {}

  /**
   * Writes {@code dir/policy.json} (creating {@code dir}) and the audit key it names; returns the
   * policy file.
   */
  public static Path write(Path dir, int reviewJustification, boolean withMastodon)
      throws IOException {
    Files.createDirectories(dir.resolve("audit"));
    Path file = dir.resolve("policy.json");
    String mastodon =
        withMastodon ? ", {\"id\": \"mastodon\", \"instance\": \"https://m.example\"}" : "";
    Files.writeString(
        file,
        """
        {"version": 1, "department": "Synthetic test department",
         "platforms": [{"id": "outbox"}%s],
         "requiredChecks": ["ocr", "caption", "header"],
         "review": {"userMayConfirm": true, "justificationMinLength": %d},
         "blockOverride": {"allowed": false},
         "post": {"altTextRequired": true, "disclaimer": ""},
         "audit": {"log": "audit/audit.jsonl", "secretFile": "audit/secret.key",
                   "retentionDays": 30}}
        """
            .formatted(mastodon, reviewJustification));
    Pseudonymizer.writeNewKey(dir.resolve("audit/secret.key"));
    return file;
  }
}
