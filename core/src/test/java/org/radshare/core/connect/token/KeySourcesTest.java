/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.connect.Platform;

/** The keychain choice, with fake keychains so no test touches the user's real keychain. */
class KeySourcesTest {

  @TempDir Path dir;

  /** A keychain that works, in memory. */
  static final class FakeKeychain implements KeySource {
    SecretKey key;

    @Override
    public SecretKey loadOrCreate() {
      if (key == null) {
        key = new SecretKeySpec(new byte[32], "AES");
      }
      return key;
    }

    @Override
    public String describe() {
      return "fake keychain";
    }
  }

  @Test
  void workingKeychainIsPreferredAndNoKeyFileIsWritten() throws Exception {
    FakeKeychain keychain = new FakeKeychain();
    KeySource source = KeySources.preferred(dir.resolve("token.key"), () -> keychain);
    assertThat(source).isSameAs(keychain);
    EncryptedFileTokenStore store = new EncryptedFileTokenStore(dir.resolve("tokens"), source);
    AccountId id = new AccountId(Platform.X, "deptrad");
    TokenSet tokens = new TokenSet("a", "r", null, "", Map.of());
    store.save(id, tokens);
    assertThat(store.load(id)).isEqualTo(new TokenLookup.Found(tokens));
    assertThat(dir.resolve("token.key")).doesNotExist();
  }

  @Test
  void keychainThatDoesNotAnswerFallsBackToTheKeyFile() throws Exception {
    KeySource broken =
        new KeySource() {
          @Override
          public SecretKey loadOrCreate() throws IOException {
            throw new IOException("no D-Bus session");
          }

          @Override
          public String describe() {
            return "broken";
          }
        };
    KeySource source = KeySources.preferred(dir.resolve("token.key"), () -> broken);
    assertThat(source).isInstanceOf(KeyFile.class);
    source.loadOrCreate();
    assertThat(dir.resolve("token.key")).exists();
    assertThat(
            KeySources.preferred(
                dir.resolve("other.key"),
                () -> {
                  throw new NoClassDefFoundError("com/github/javakeyring/Keyring");
                }))
        .isInstanceOf(KeyFile.class);
  }

  @Test
  void anExistingKeyFileKeepsBeingUsed() throws Exception {
    new KeyFile(dir.resolve("token.key")).loadOrCreate();
    byte[] before = Files.readAllBytes(dir.resolve("token.key"));
    KeySource source = KeySources.preferred(dir.resolve("token.key"), FakeKeychain::new);
    assertThat(source).isInstanceOf(KeyFile.class);
    assertThat(source.loadOrCreate().getEncoded()).isEqualTo(before);
  }
}
