/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.EncryptedFileTokenStore;
import org.radshare.core.connect.token.KeyFile;
import org.radshare.core.connect.token.TokenSet;

class AccountsCommandTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  private int run(String... args) {
    return RadShareCommand.execute(args);
  }

  @Test
  void listShowsAccountsButNeverTokens() throws Exception {
    assertThat(run("accounts", "list", "--token-dir", dir.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("No accounts connected.");

    new EncryptedFileTokenStore(dir.resolve("tokens"), new KeyFile(dir.resolve("token.key")))
        .save(
            new AccountId(Platform.MASTODON, "dept@m.example"),
            new TokenSet(
                "SECRET-ACCESS",
                "",
                null,
                "write:statuses",
                Map.of("clientSecret", "SECRET-CLIENT")));
    out.reset();
    assertThat(run("accounts", "list", "--token-dir", dir.toString())).isZero();
    String listed = out.toString(StandardCharsets.UTF_8);
    assertThat(listed).contains("mastodon\tdept@m.example\tsigned in").doesNotContain("SECRET");
  }

  @Test
  void logoutForgetsTheSignInEvenWithoutTheConfiguration() throws Exception {
    new EncryptedFileTokenStore(dir.resolve("tokens"), new KeyFile(dir.resolve("token.key")))
        .save(
            new AccountId(Platform.BLUESKY, "dept.test"),
            new TokenSet("a", "r", Instant.parse("2026-12-01T00:00:00Z"), "", Map.of()));
    assertThat(run("accounts", "logout", "bluesky", "--token-dir", dir.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Signed out of Bluesky (dept.test).");
    try (var files = Files.list(dir.resolve("tokens"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void badInputGivesOneLineAndExitTwo() {
    assertThat(run("accounts", "login", "myspace", "--token-dir", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown platform \"myspace\"");
    err.reset();
    assertThat(run("accounts", "login", "x", "--token-dir", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo(
            "radshare: Give the department configuration with --config (it holds the client ids).");
    err.reset();
    assertThat(run("accounts", "logout", "x", "--token-dir", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("No X account is signed in.");
  }

  @Test
  void loginWithAClientIdMissingFromTheConfigurationSaysWhere() throws Exception {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"platforms\":[{\"id\":\"x\"}]}");
    assertThat(
            run(
                "accounts",
                "login",
                "x",
                "--config",
                policy.toString(),
                "--token-dir",
                dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("No client id is configured for X");
  }
}
