/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token key in the OS keychain (macOS Keychain, Windows Credential Manager, the Secret Service
 * on Linux desktops) through java-keyring: the keychain protects it with the user's login, so a
 * copied home folder does not carry a usable key.
 */
final class KeychainKeySource implements KeySource {

  static final String SERVICE = "RadShare";
  static final String ACCOUNT = "token-key";

  private final Keyring keyring;

  KeychainKeySource(Keyring keyring) {
    this.keyring = keyring;
  }

  @Override
  public SecretKey loadOrCreate() throws IOException {
    try {
      String stored = read();
      if (stored == null) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        keyring.setPassword(SERVICE, ACCOUNT, Base64.getEncoder().encodeToString(key));
        stored = read();
        if (stored == null) {
          throw new IOException("the keychain did not keep the key");
        }
      }
      byte[] key = Base64.getDecoder().decode(stored);
      if (key.length != 32) {
        throw new IOException("the key in the keychain is damaged");
      }
      return new SecretKeySpec(key, "AES");
    } catch (PasswordAccessException | RuntimeException e) {
      throw new IOException("The " + describe() + " cannot be used: " + e.getMessage(), e);
    }
  }

  private String read() {
    try {
      return keyring.getPassword(SERVICE, ACCOUNT);
    } catch (PasswordAccessException notThere) {
      return null;
    }
  }

  @Override
  public String describe() {
    return "OS keychain (" + keyring.getKeyringStorageType() + ")";
  }
}
