/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.audit.AuditOptions;
import org.radshare.core.audit.CheckpointKeys;
import org.radshare.core.audit.PostedMedia;
import org.radshare.core.audit.Pseudonymizer;
import org.radshare.core.audit.ShareIntent;
import org.radshare.core.audit.ShareOutcome;
import org.radshare.core.policy.Verdict;

class AuditCommandTest {

  @TempDir Path dir;
  Path log;
  Path pub;

  @BeforeEach
  void writeSignedLog() throws Exception {
    log = dir.resolve("audit.jsonl");
    pub = dir.resolve("audit.pub.pem");
    KeyPair pair = CheckpointKeys.generate(dir.resolve("audit.pem"), pub);
    Pseudonymizer p = new Pseudonymizer(new byte[32]);
    try (AuditLog audit =
        AuditLog.open(
            log,
            p,
            AuditOptions.defaults().withCheckpointKey(pair.getPrivate(), pair.getPublic()))) {
      for (String user : List.of("alice", "bob")) {
        ShareIntent intent =
            new ShareIntent(
                new Actor(user, Optional.empty()),
                "outbox",
                "local",
                Verdict.PASS,
                Map.of(),
                List.of(),
                List.of(new PostedMedia(user.getBytes(StandardCharsets.UTF_8), "image/png")),
                p.subject("1.2.3", "PID"));
        audit.recordResult(
            audit.recordIntent(intent), new ShareOutcome.Posted("1", "file:///outbox/1"));
      }
    }
  }

  @Test
  void intactLogExitsZero() {
    CliRun run = CliRun.of("audit", "verify", "--log", log.toString(), "--key", pub.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("INTACT: 8 whole records");
  }

  @Test
  void tamperedLogExitsFourAndNamesTheRecord() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(log));
    lines.set(4, lines.get(4).replace("bob", "eve"));
    Files.write(log, lines);
    CliRun run = CliRun.of("audit", "verify", "--log", log.toString(), "--json");
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.out()).contains("\"integrity\":\"TAMPERED\"").contains("\"line\":5");
  }

  @Test
  void truncatedLogExitsThree() throws Exception {
    byte[] all = Files.readAllBytes(log);
    Files.write(log, java.util.Arrays.copyOf(all, all.length - 10));
    CliRun run = CliRun.of("audit", "verify", "--log", log.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).startsWith("TRUNCATED_TAIL");
  }

  @Test
  void missingLogOrBadKeyIsBadInput() throws Exception {
    assertThat(CliRun.of("audit", "verify", "--log", dir.resolve("x").toString()).exit())
        .isEqualTo(2);
    Files.writeString(dir.resolve("bad.pem"), "nope");
    CliRun run =
        CliRun.of(
            "audit", "verify", "--log", log.toString(), "--key", dir.resolve("bad.pem").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("public key");
  }

  @Test
  void reportWritesEachFormat() throws Exception {
    Path html = dir.resolve("report.html");
    CliRun run =
        CliRun.of(
            "audit",
            "report",
            "--log",
            log.toString(),
            "--since",
            "2000-01-01",
            "--out",
            html.toString());
    assertThat(run.exit()).isZero();
    assertThat(Files.readString(html))
        .contains("<table id=\"shares\">")
        .contains("data-user=\"bob\"");
    CliRun csv =
        CliRun.of(
            "audit", "report", "--log", log.toString(), "--since", "2000-01-01", "--format", "csv");
    assertThat(csv.out().lines()).hasSize(3);
    CliRun json =
        CliRun.of(
            "audit",
            "report",
            "--log",
            log.toString(),
            "--since",
            "2999-01-01",
            "--format",
            "json");
    assertThat(json.out()).contains("\"shares\" : [ ]");
    assertThat(CliRun.of("audit", "report", "--log", log.toString(), "--since", "yesterday").exit())
        .isEqualTo(2);
  }

  @Test
  void keygenRefusesToOverwrite() {
    Path secret = dir.resolve("secret.key");
    assertThat(CliRun.of("audit", "keygen", "--secret", secret.toString()).exit()).isZero();
    assertThat(CliRun.of("audit", "keygen", "--secret", secret.toString()).exit()).isEqualTo(2);
  }

  @Test
  void pseudonymOfAnIdentifierFromStandardInputMatchesTheTrail() throws Exception {
    Path secret = dir.resolve("secret.key");
    Files.writeString(secret, java.util.Base64.getEncoder().encodeToString(new byte[32]));
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("PID\n".getBytes(StandardCharsets.UTF_8)));
      CliRun run =
          CliRun.of("audit", "pseudonym", "--secret", secret.toString(), "--kind", "patient");
      assertThat(run.exit()).isZero();
      assertThat(Files.readString(log)).contains("\"patient\":\"" + run.out().strip() + "\"");
    } finally {
      System.setIn(stdin);
    }
  }
}
