/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.token.EncryptedFileTokenStore;
import org.radshare.core.connect.token.KeyFile;
import org.radshare.core.encode.video.GifBlocks;
import org.radshare.core.encode.video.Mp4Boxes;
import org.radshare.core.encode.video.VideoFormat;
import org.radshare.plugin.TestPolicies;
import org.radshare.plugin.post.Department;

/**
 * A synthetic department for window scenarios: a policy allowing the local outbox, demanding a
 * 12-character justification to confirm a REVIEW, with its audit log; and the check of what landed
 * in the outbox.
 */
final class ClipPosters {

  private ClipPosters() {}

  /** A department whose files all live under {@code scratch}. */
  static Department department(Path scratch) throws IOException {
    Path policy = TestPolicies.write(scratch, 12, false);
    return new Department(
        policy::toString,
        name -> scratch.resolve("data").resolve(name),
        new EncryptedFileTokenStore(scratch.resolve("tokens"), new KeyFile(scratch.resolve("key"))),
        ApiClient::create);
  }

  /** The outbox holds the posted clip, in its format, without metadata; the audit log has it. */
  static void assertPosted(Path scratch, RecordingClipBackend.Posted sent) throws Exception {
    assertThat(sent.done().urls()).hasSize(1);
    String ext = sent.clip().format().extension();
    List<Path> media;
    try (Stream<Path> files = Files.walk(scratch.resolve("data/outbox"))) {
      media = files.filter(p -> p.getFileName().toString().endsWith("." + ext)).toList();
    }
    assertThat(media).hasSize(1);
    byte[] bytes = Files.readAllBytes(media.get(0));
    if (sent.clip().format() == VideoFormat.GIF) {
      GifBlocks.check(bytes);
    } else {
      Mp4Boxes.check(bytes);
    }
    assertThat(Files.readString(scratch.resolve("audit/audit.jsonl"))).isNotBlank();
  }
}
