/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDataFolderTest {

  @TempDir Path tmp;

  @Test
  void liesUnderTheWeasisFolderAndIsOwnerOnly() throws Exception {
    UserDataFolder folder = UserDataFolder.underWeasis(tmp.resolve(".weasis").toString());
    Path outbox = folder.folder("outbox");
    assertThat(outbox).isEqualTo(tmp.resolve(".weasis/radshare/outbox")).isDirectory();
    if (Files.getFileStore(outbox).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox)))
          .isEqualTo("rwx------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.root())))
          .isEqualTo("rwx------");
    }
  }

  @Test
  void movesWhatAnOlderVersionLeftAndKeepsTheNewerCopy() throws Exception {
    Path area = tmp.resolve("felix-cache/bundle7/data");
    Files.createDirectories(area.resolve("outbox/post-1"));
    Files.writeString(area.resolve("outbox/post-1/request.json"), "{\"old\":1}");
    Files.createDirectories(area.resolve("outbox/post-2"));
    Files.writeString(area.resolve("outbox/post-2/request.json"), "{\"stale\":2}");
    UserDataFolder folder = new UserDataFolder(tmp.resolve("user/radshare"));
    Path outbox = folder.folder("outbox");
    Files.createDirectories(outbox.resolve("post-2"));
    Files.writeString(outbox.resolve("post-2/request.json"), "{\"new\":2}");

    assertThat(folder.migrate(area, "outbox")).containsExactly(Path.of("post-1/request.json"));

    assertThat(outbox.resolve("post-1/request.json")).hasContent("{\"old\":1}");
    assertThat(outbox.resolve("post-2/request.json")).hasContent("{\"new\":2}");
    assertThat(area.resolve("outbox")).doesNotExist();
    assertThat(folder.migrate(area, "outbox")).as("nothing left to move").isEmpty();
    assertThat(folder.migrate(area, "policy")).isEmpty();
  }
}
