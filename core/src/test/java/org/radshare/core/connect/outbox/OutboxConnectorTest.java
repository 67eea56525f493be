/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.PostResult;
import org.radshare.core.connect.TestImages;

class OutboxConnectorTest {

  @TempDir Path dir;
  private final Clock clock =
      Clock.fixed(Instant.parse("2026-11-29T01:02:03.456Z"), ZoneOffset.UTC);
  private final MediaItem one = TestImages.png(40, 30, "Synthetic chest film");
  private final MediaItem two = TestImages.png(30, 40, "Synthetic lateral view");
  private final PostDraft draft =
      PostDraft.of("Classic sign.", List.of(one, two))
          .withHashtags(List.of("Radiology"))
          .withLink("https://example.org/case")
          .withContentWarning("Medical image")
          .withIdempotencyKey("key-1");

  @Test
  void writesImagesAndPostJsonInOneDeterministicFolder() throws Exception {
    OutboxConnector outbox = new OutboxConnector(dir, Platform.MASTODON, clock);
    PostResult result = outbox.publish(draft);

    assertThat(result.platform()).isEqualTo(Platform.OUTBOX);
    assertThat(result.id()).matches("20261129T010203Z-[0-9a-f]{12}");
    assertThat(result.publicUrl().getScheme()).isEqualTo("file");
    Path entry = Path.of(result.publicUrl());
    try (Stream<Path> files = Files.list(entry)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("post.json", "media-1.png", "media-2.png");
    }
    assertThat(Files.readAllBytes(entry.resolve("media-1.png"))).isEqualTo(one.bytes());
    JsonNode post = new ObjectMapper().readTree(entry.resolve("post.json").toFile());
    assertThat(post.get("target").asText()).isEqualTo("mastodon");
    assertThat(post.get("spoilerText").asText()).isEqualTo("Medical image");
    assertThat(post.get("media").get(1).get("altText").asText())
        .isEqualTo("Synthetic lateral view");
    JsonNode status = post.get("requests").get(2);
    assertThat(status.get("path").asText()).isEqualTo("/api/v1/statuses");
    assertThat(status.get("headers").get("Idempotency-Key").asText()).isEqualTo("key-1");
    assertThat(status.get("body").get("status").asText())
        .isEqualTo("Classic sign.\n\nhttps://example.org/case\n\n#Radiology");
    assertThat(status.get("body").get("sensitive").asBoolean()).isTrue();
    assertThat(status.get("body").get("media_ids")).hasSize(2);
    try (Stream<Path> all = Files.list(dir)) {
      assertThat(all).hasSize(1); // no temporary folder left behind
    }
  }

  @Test
  void publishingTheSameDraftTwiceWritesOnce() throws Exception {
    OutboxConnector outbox = new OutboxConnector(dir, Platform.MASTODON, clock);
    PostResult first = outbox.publish(draft);
    PostResult again =
        new OutboxConnector(
                dir, Platform.MASTODON, Clock.offset(clock, java.time.Duration.ofHours(1)))
            .publish(draft);
    assertThat(again).isEqualTo(first);
    try (Stream<Path> all = Files.list(dir)) {
      assertThat(all).hasSize(1);
    }
  }

  @Test
  void blueskyShapeCarriesFacetsLabelsAltTextAndAspectRatio() throws Exception {
    PostResult result = new OutboxConnector(dir, Platform.BLUESKY, clock).publish(draft);
    JsonNode post =
        new ObjectMapper().readTree(Path.of(result.publicUrl()).resolve("post.json").toFile());
    JsonNode record = post.get("requests").get(2).get("body").get("record");
    assertThat(record.get("text").asText()).startsWith("CW: Medical image\n\nClassic sign.");
    assertThat(record.get("labels").get("values").get(0).get("val").asText())
        .isEqualTo("graphic-media");
    assertThat(record.get("facets")).hasSize(2);
    JsonNode image = record.get("embed").get("images").get(1);
    assertThat(image.get("alt").asText()).isEqualTo("Synthetic lateral view");
    assertThat(image.get("aspectRatio").get("height").asInt()).isEqualTo(40);
  }

  @Test
  void everyTargetShapeProducesRequests() throws Exception {
    for (Platform p : Platform.values()) {
      Path sub = dir.resolve(p.key());
      PostResult r = new OutboxConnector(sub, p, clock).publish(draft.withContentWarning(""));
      JsonNode post =
          new ObjectMapper().readTree(Path.of(r.publicUrl()).resolve("post.json").toFile());
      assertThat(post.get("requests").size()).as(p.key()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void refusesWhatTheTargetWouldRefuseAndWritesNothing() {
    PostDraft d = PostDraft.of("あ".repeat(141), List.of(one));
    OutboxConnector outbox = new OutboxConnector(dir, Platform.X, clock);
    assertThatThrownBy(() -> outbox.publish(d))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("on X");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void deleteRemovesTheEntry() throws Exception {
    OutboxConnector outbox = new OutboxConnector(dir, Platform.MASTODON, clock);
    PostResult r = outbox.publish(draft);
    outbox.delete(r);
    assertThat(dir).isEmptyDirectory();
    assertThatThrownBy(
            () -> outbox.delete(new PostResult(Platform.OUTBOX, "../etc", r.publicUrl())))
        .hasMessage("That post is not in this outbox.");
  }
}
