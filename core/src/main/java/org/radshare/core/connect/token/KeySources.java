/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Chooses where the token key lives: an existing key file keeps being used (so earlier sign-ins
 * stay readable); otherwise the OS keychain when java-keyring is present and a keychain answers;
 * otherwise a new owner-only key file (headless Linux, or no keychain library in the front end).
 */
public final class KeySources {

  private KeySources() {}

  /** The key source to use, given where the fallback key file would be. */
  public static KeySource preferred(Path keyFile) {
    return preferred(keyFile, () -> new KeychainKeySource(com.github.javakeyring.Keyring.create()));
  }

  /** As {@link #preferred(Path)}, with the keychain supplied (tests use a fake). */
  static KeySource preferred(Path keyFile, Callable<KeySource> keychain) {
    KeyFile file = new KeyFile(keyFile);
    if (Files.exists(keyFile)) {
      return file;
    }
    try {
      KeySource chosen = keychain.call();
      chosen.loadOrCreate(); // a keychain that cannot store and read back is no keychain
      return chosen;
    } catch (Exception | LinkageError e) {
      // No keychain library in this front end (LinkageError), no keychain on this system
      // (BackendNotSupportedException), or one that does not answer (IOException).
      return file;
    }
  }
}
