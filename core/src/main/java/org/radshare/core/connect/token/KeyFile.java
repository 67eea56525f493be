/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key protecting saved sign-ins, kept in a file only the user's account can read
 * (created owner-only, {@code rw-------}, on POSIX systems; on Windows the profile folder's ACL
 * protects it). A key file that others can read is refused rather than used.
 */
public final class KeyFile implements KeySource {

  private static final int KEY_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private final Path path;

  public KeyFile(Path path) {
    this.path = path;
  }

  public Path path() {
    return path;
  }

  @Override
  public String describe() {
    return "key file " + path;
  }

  /** Reads the key, creating it on first use. */
  @Override
  public SecretKey loadOrCreate() throws IOException {
    if (!Files.exists(path)) {
      create();
    }
    checkPermissions();
    byte[] bytes = Files.readAllBytes(path);
    if (bytes.length != KEY_BYTES) {
      throw new IOException("The key file " + path + " is damaged");
    }
    return new SecretKeySpec(bytes, "AES");
  }

  private void create() throws IOException {
    Files.createDirectories(path.getParent());
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    boolean posix =
        Files.getFileAttributeView(path.getParent(), PosixFileAttributeView.class) != null;
    try {
      if (posix) {
        FileAttribute<Set<PosixFilePermission>> attr =
            PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        Files.createFile(path, attr);
      } else {
        Files.createFile(path);
      }
      Files.write(path, key);
    } catch (FileAlreadyExistsException raced) {
      // Another RadShare process created it first; use theirs.
    }
  }

  private void checkPermissions() throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> perms = view.readAttributes().permissions();
    if (!OWNER_ONLY.containsAll(perms)) {
      throw new IOException(
          "The key file "
              + path
              + " can be read by other users ("
              + PosixFilePermissions.toString(perms)
              + "); run chmod 600 on it or delete it and sign in again");
    }
  }
}
