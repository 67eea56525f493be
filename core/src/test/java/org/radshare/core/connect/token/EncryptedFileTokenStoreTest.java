/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.connect.Platform;

class EncryptedFileTokenStoreTest {

  @TempDir Path home;

  private final AccountId dept = new AccountId(Platform.MASTODON, "dept@mastodon.example");
  private final TokenSet tokens =
      new TokenSet(
          "access-SECRET-123",
          "refresh-SECRET-456",
          Instant.parse("2026-12-01T00:00:00Z"),
          "write:media write:statuses",
          Map.of("instance", "https://mastodon.example"));

  private EncryptedFileTokenStore store() {
    return new EncryptedFileTokenStore(
        home.resolve("tokens"), new KeyFile(home.resolve("token.key")));
  }

  @Test
  void roundTripsAndNeverWritesTokensInPlainText() throws Exception {
    EncryptedFileTokenStore store = store();
    store.save(dept, tokens);
    assertThat(store.load(dept)).isEqualTo(new TokenLookup.Found(tokens));
    assertThat(store.accounts()).containsExactly(dept);
    byte[] onDisk = Files.readAllBytes(store.fileFor(dept));
    assertThat(new String(onDisk, StandardCharsets.ISO_8859_1))
        .doesNotContain("SECRET")
        .doesNotContain("mastodon.example");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("token.key"))))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("tokens"))))
        .isEqualTo("rwx------");
    assertThat(tokens.toString()).doesNotContain("SECRET");
  }

  @Test
  void corruptedFileIsReportedAndIgnored() throws Exception {
    EncryptedFileTokenStore store = store();
    store.save(dept, tokens);
    Path file = store.fileFor(dept);
    byte[] data = Files.readAllBytes(file);
    data[data.length - 1] ^= 1;
    Files.write(file, data);
    assertThat(store.load(dept))
        .isInstanceOfSatisfying(
            TokenLookup.Unreadable.class,
            u ->
                assertThat(u.reason())
                    .contains("Mastodon sign-in for dept@mastodon.example")
                    .contains("radshare accounts login mastodon"));
    Files.write(file, "garbage".getBytes(StandardCharsets.UTF_8));
    assertThat(store.load(dept)).isInstanceOf(TokenLookup.Unreadable.class);
  }

  @Test
  void fileCopiedFromAnotherAccountOrKeyDoesNotDecrypt() throws Exception {
    EncryptedFileTokenStore store = store();
    store.save(dept, tokens);
    AccountId other = new AccountId(Platform.MASTODON, "someone-else");
    Files.copy(store.fileFor(dept), store.fileFor(other));
    assertThat(store.load(other)).isInstanceOf(TokenLookup.Unreadable.class);

    EncryptedFileTokenStore foreignKey =
        new EncryptedFileTokenStore(home.resolve("tokens"), new KeyFile(home.resolve("other.key")));
    assertThat(foreignKey.load(dept)).isInstanceOf(TokenLookup.Unreadable.class);
  }

  @Test
  void keyFileReadableByOthersIsRefused() throws Exception {
    EncryptedFileTokenStore store = store();
    store.save(dept, tokens);
    Files.setPosixFilePermissions(
        home.resolve("token.key"), PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(store.load(dept))
        .isInstanceOfSatisfying(
            TokenLookup.Unreadable.class, u -> assertThat(u.reason()).contains("chmod 600"));
    assertThatThrownBy(() -> store.save(dept, tokens)).isInstanceOf(TokenStoreException.class);
  }

  @Test
  void missingAndDeleted() throws Exception {
    EncryptedFileTokenStore store = store();
    assertThat(store.load(dept)).isInstanceOf(TokenLookup.Missing.class);
    assertThat(store.accounts()).isEmpty();
    store.save(dept, tokens);
    store.delete(dept);
    store.delete(dept);
    assertThat(store.load(dept)).isInstanceOf(TokenLookup.Missing.class);
  }

  @Test
  void expiryMarginIsChecked() {
    Instant exp = tokens.expiresAt();
    assertThat(tokens.expiresWithin(java.time.Duration.ofMinutes(2), exp.minusSeconds(60)))
        .isTrue();
    assertThat(tokens.expiresWithin(java.time.Duration.ofMinutes(2), exp.minusSeconds(600)))
        .isFalse();
    assertThat(
            new TokenSet("a", null, null, null, null)
                .expiresWithin(java.time.Duration.ofDays(999), exp))
        .isFalse();
  }
}
