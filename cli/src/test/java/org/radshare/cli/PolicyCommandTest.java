/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {

  @TempDir Path dir;

  @Test
  void templateIsNotReadyWhereItsFoldersAndSecretDoNotExist() {
    // The template names /var/lib/radshare/audit and /etc/radshare/audit-secret.key, which this
    // build machine does not have: the first share would fail, so the check says what to create.
    CliRun run = CliRun.of("policy", "check", "../bundle-config/policy.json");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out())
        .startsWith("not ready: ")
        .contains("$.audit.log: /var/lib/radshare/audit: folder does not exist")
        .contains("$.audit.secretFile: /etc/radshare/audit-secret.key: file does not exist");
  }

  @Test
  void aPolicyWhoseFoldersAndSecretExistIsValid() throws Exception {
    Files.createDirectories(dir.resolve("audit"));
    Path secret = dir.resolve("audit-secret.key");
    assertThat(CliRun.of("audit", "keygen", "--secret", secret.toString()).exit()).isZero();
    if (Files.getFileStore(secret).supportsFileAttributeView("posix")) {
      // As docs/deploy.md says: the secret is for its owner only.
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    }
    Path policy =
        template(
            "/var/lib/radshare/audit/audit.jsonl", "audit/audit.jsonl",
            "/etc/radshare/audit-secret.key", "audit-secret.key");
    CliRun run = CliRun.of("policy", "check", policy.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).startsWith("valid: ").contains("BLOCK override never");
  }

  @Test
  void eachProblemIsExplainedAndExitIsTwo() throws Exception {
    Path bad =
        template(
            "\"allowed\": false", "\"allowed\": true",
            "\"retentionDays\": 3650", "\"retentionDays\": 0");
    CliRun run = CliRun.of("policy", "check", bad.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("$.audit.retentionDays").contains("invalid:");
    assertThat(run.err()).contains("sharing would be disabled");
  }

  @Test
  void missingFileIsBadInput() {
    CliRun run = CliRun.of("policy", "check", dir.resolve("none.json").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("not found");
  }

  /** The policy template with each (from, to) pair replaced, written as dir/policy.json. */
  private Path template(String... fromTo) throws Exception {
    String text = Files.readString(Path.of("../bundle-config/policy.json"));
    for (int i = 0; i < fromTo.length; i += 2) {
      text = text.replace(fromTo[i], fromTo[i + 1]);
    }
    Path file = dir.resolve("policy.json");
    Files.writeString(file, text);
    return file;
  }
}
