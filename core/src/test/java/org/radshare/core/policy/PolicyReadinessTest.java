/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyReadinessTest {

  @TempDir Path dir;

  private DepartmentPolicy policy(
      Path log,
      Path secret,
      Optional<DepartmentPolicy.AtnaSettings> atna,
      List<DepartmentPolicy.PlatformRule> platforms) {
    return new DepartmentPolicy(
        "Synthetic department",
        platforms,
        Set.of(DepartmentPolicy.Check.OCR),
        new DepartmentPolicy.ReviewRule(true, 0),
        new DepartmentPolicy.BlockOverrideRule(false, 0, Optional.empty()),
        new DepartmentPolicy.PostRules(true, List.of(), "", Optional.empty()),
        new DepartmentPolicy.AuditSettings(log, secret, Optional.empty(), 30, atna));
  }

  private Path privateSecret() throws Exception {
    Path secret = dir.resolve("secret.key");
    Files.writeString(secret, "c2VjcmV0");
    if (Files.getFileStore(secret).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    }
    return secret;
  }

  private static DepartmentPolicy.PlatformRule outbox() {
    return new DepartmentPolicy.PlatformRule(
        "outbox", Optional.empty(), Optional.empty(), List.of());
  }

  @Test
  void readyWhenTheFoldersExistAndTheSecretIsPrivate() throws Exception {
    Files.createDirectories(dir.resolve("audit"));
    DepartmentPolicy p =
        policy(
            dir.resolve("audit/audit.jsonl"), privateSecret(), Optional.empty(), List.of(outbox()));
    assertThat(PolicyReadiness.check(p)).isEmpty();
  }

  @Test
  void namesTheMissingAuditFolderAndSecret() {
    DepartmentPolicy p =
        policy(
            dir.resolve("nowhere/audit.jsonl"),
            dir.resolve("no-secret.key"),
            Optional.empty(),
            List.of(outbox()));
    assertThat(PolicyReadiness.check(p))
        .extracting(PolicyProblem::where)
        .containsExactly("$.audit.log", "$.audit.secretFile");
    assertThat(PolicyReadiness.check(p).get(0).message())
        .contains("nowhere", "folder does not exist");
  }

  @Test
  void aSecretEveryUserCanReadIsAProblem() throws Exception {
    Files.createDirectories(dir.resolve("audit"));
    Path secret = privateSecret();
    if (!Files.getFileStore(secret).supportsFileAttributeView("posix")) {
      return; // only POSIX file systems say who else may read a file
    }
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
    DepartmentPolicy p =
        policy(dir.resolve("audit/audit.jsonl"), secret, Optional.empty(), List.of(outbox()));
    assertThat(PolicyReadiness.check(p))
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("every user"));
  }

  @Test
  void checksTheAtnaQueueCertificatesAndHost() throws Exception {
    Files.createDirectories(dir.resolve("audit"));
    var atna =
        new DepartmentPolicy.AtnaSettings(
            "arr .example.org",
            6514,
            dir.resolve("ca.pem"),
            dir.resolve("queue"),
            Optional.empty());
    DepartmentPolicy p =
        policy(
            dir.resolve("audit/audit.jsonl"),
            privateSecret(),
            Optional.of(atna),
            List.of(outbox()));
    assertThat(PolicyReadiness.check(p))
        .extracting(PolicyProblem::where)
        .containsExactly(
            "$.audit.atna.host", "$.audit.atna.trustedCertificates", "$.audit.atna.queueDirectory");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://mastodon.example",
        "https://",
        "https://masto don.example",
        "https://-bad-.example",
        "javascript:alert(1)",
        "https://mastodon.example\u200b",
        "ftp://mastodon.example"
      })
  void aMalformedInstanceUrlIsNamed(String url) throws Exception {
    Files.createDirectories(dir.resolve("audit"));
    var mastodon =
        new DepartmentPolicy.PlatformRule(
            "mastodon", Optional.empty(), Optional.of(url), List.of());
    DepartmentPolicy p =
        policy(
            dir.resolve("audit/audit.jsonl"), privateSecret(), Optional.empty(), List.of(mastodon));
    assertThat(PolicyReadiness.check(p))
        .singleElement()
        .satisfies(problem -> assertThat(problem.where()).isEqualTo("$.platforms[0].instance"));
  }

  @Test
  void aWellFormedInstanceUrlPasses() {
    assertThat(PolicyReadiness.urlProblem("https://mastodon.example/")).isEmpty();
    assertThat(PolicyReadiness.urlProblem("https://radshare.example/client-metadata.json"))
        .isEmpty();
  }
}
