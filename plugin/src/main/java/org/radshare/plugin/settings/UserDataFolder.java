/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The radiologist's own RadShare folder, outside the OSGi bundle data area: Weasis deletes that
 * area whenever it reinstalls the bundle (every launch for a SNAPSHOT, every version change), so
 * the outbox and the cached policy live here instead, under the user's Weasis folder ({@code
 * weasis.path}, {@code ~/.weasis} by default) in {@code radshare/}. Folders are created readable by
 * their owner only where the file system has POSIX permissions (on Windows the user's profile
 * folder already is private). What an older version left in the bundle data area is moved here.
 */
public final class UserDataFolder {

  private final Path root;

  /** The folder {@code root} (e.g. {@code ~/.weasis/radshare}). */
  public UserDataFolder(Path root) {
    this.root = root;
  }

  /** The RadShare folder under the Weasis folder {@code weasisPath} (null: {@code ~/.weasis}). */
  public static UserDataFolder underWeasis(String weasisPath) {
    Path weasis =
        weasisPath == null || weasisPath.isBlank()
            ? Path.of(System.getProperty("user.home"), ".weasis")
            : Path.of(weasisPath);
    return new UserDataFolder(weasis.resolve("radshare"));
  }

  /** The root folder. */
  public Path root() {
    return root;
  }

  /** The sub-folder {@code name}, created (owner-only) if missing. */
  public Path folder(String name) throws IOException {
    Path dir = root.resolve(name);
    createPrivate(root);
    createPrivate(dir);
    return dir;
  }

  /**
   * Moves what an older version kept in {@code oldArea}/{@code name} into {@link #folder}: files
   * the new folder lacks are moved, files it already has stay as they are there (the newer copy
   * wins) and their old copy is removed. Returns the relative paths moved.
   */
  public List<Path> migrate(Path oldArea, String name) throws IOException {
    Path from = oldArea.resolve(name);
    List<Path> moved = new ArrayList<>();
    if (!Files.isDirectory(from)) {
      return moved;
    }
    Path to = folder(name);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      Path relative = from.relativize(file);
      Path target = to.resolve(relative);
      createPrivateTree(to, target.getParent());
      if (Files.exists(target)) {
        // The user's folder already has it: the newer copy stays.
        Files.delete(file);
        continue;
      }
      // Not ATOMIC_MOVE: on POSIX it would replace a file that appeared meanwhile.
      Files.move(file, target);
      moved.add(relative);
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path dir : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(dir);
      }
    }
    return moved;
  }

  private static void createPrivateTree(Path base, Path dir) throws IOException {
    if (dir == null || Files.isDirectory(dir)) {
      return;
    }
    createPrivateTree(base, dir.getParent());
    createPrivate(dir);
  }

  private static void createPrivate(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
    }
    PosixFileAttributeView posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
    if (posix != null) {
      posix.setPermissions(PosixFilePermissions.fromString("rwx------"));
    }
  }
}
