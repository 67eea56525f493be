/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/**
 * Writes a secret (the pseudonym secret, the checkpoint signing key) so that only its owner can
 * read it, and so that it appears whole or not at all: a temporary file created owner-only (POSIX
 * mode 0600, or on Windows an ACL granting only the owner), forced to disk, then moved into place
 * atomically. An existing file is never overwritten.
 */
public final class OwnerOnlyFile {

  private OwnerOnlyFile() {}

  /** Writes {@code content} to {@code target}, readable and writable by its owner only. */
  public static void write(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target + " exists; refusing to overwrite a key");
    }
    Path temp = createOwnerOnly(dir);
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Path createOwnerOnly(Path dir) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Files.createTempFile(
          dir,
          ".secret-",
          ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Path temp = Files.createTempFile(dir, ".secret-", ".tmp");
    AclFileAttributeView acl = Files.getFileAttributeView(temp, AclFileAttributeView.class);
    if (acl == null) {
      Files.delete(temp);
      throw new IOException(
          "cannot make " + dir + " files owner-only on this file system; keep keys elsewhere");
    }
    UserPrincipal owner = Files.getOwner(temp);
    acl.setAcl(
        List.of(
            AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .build()));
    return temp;
  }
}
