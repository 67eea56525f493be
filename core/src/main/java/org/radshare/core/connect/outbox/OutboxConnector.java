/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.MediaRef;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.PostResult;
import org.radshare.core.connect.compose.PostComposer;
import org.radshare.core.connect.compose.Preview;

/**
 * The embedded default connector: instead of the network, it writes exactly what would be sent for
 * a target platform into {@code <outbox>/<yyyyMMdd'T'HHmmss'Z'>-<id>/}: {@code media-1.png}, …, and
 * {@code post.json} (text, alt texts, checksums and the request bodies). The folder appears
 * complete or not at all (written under a temporary name, then renamed). Publishing the same draft
 * twice returns the first folder instead of writing a second one.
 */
public final class OutboxConnector implements Connector {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path outbox;
  private final Platform target;
  private final Clock clock;

  /**
   * @param outbox the folder entries are written to (created if missing)
   * @param target whose request shape and limits to use (OUTBOX means Mastodon's shape)
   */
  public OutboxConnector(Path outbox, Platform target, Clock clock) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.target = Objects.requireNonNull(target, "target");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Platform platform() {
    return Platform.OUTBOX;
  }

  /** The target platform's limits, so the outbox refuses what the platform would refuse. */
  @Override
  public PlatformLimits limits() {
    return PlatformLimits.defaultsFor(target);
  }

  @Override
  public void ensureAuthorised() {
    // Writing to a local folder needs no account.
  }

  /** Nothing leaves the machine: the reference carries the image to {@link #createPost}. */
  @Override
  public MediaRef uploadMedia(MediaItem item) {
    return new MediaRef(Platform.OUTBOX, sha256(item.bytes()), item);
  }

  @Override
  public PostResult createPost(PostDraft draft, List<MediaRef> media) throws ConnectorException {
    String id = sha256(draft.idempotencyKey().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    Optional<Path> existing = existingEntry(id);
    if (existing.isPresent()) {
      return result(existing.get());
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Path entry = outbox.resolve(STAMP.format(now) + "-" + id);
    Path temp = outbox.resolve(".tmp-" + id);
    try {
      Files.createDirectories(outbox);
      deleteTree(temp);
      Files.createDirectory(temp);
      List<MediaItem> images = media.stream().map(MediaRef::item).toList();
      PostDraft sent = draft.withImages(images);
      List<String> files = new ArrayList<>();
      for (int i = 0; i < images.size(); i++) {
        String name = "media-" + (i + 1) + "." + images.get(i).extension();
        Files.write(temp.resolve(name), images.get(i).bytes());
        files.add(name);
      }
      byte[] json = MAPPER.writeValueAsBytes(postJson(sent, files, media, now));
      Files.write(temp.resolve("post.json"), json);
      Files.move(temp, entry, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return result(entry);
    } catch (IOException e) {
      throw new ConnectorException(
          ConnectorException.Kind.UNAVAILABLE,
          "Could not write the outbox entry in " + outbox + "; check the folder is writable.",
          e);
    }
  }

  @Override
  public void delete(PostResult post) throws ConnectorException {
    Path entry = outbox.resolve(post.id()).normalize();
    if (!entry.getParent().equals(outbox.normalize())) {
      throw new ConnectorException(
          ConnectorException.Kind.REJECTED, "That post is not in this outbox.");
    }
    try {
      deleteTree(entry);
    } catch (IOException e) {
      throw new ConnectorException(
          ConnectorException.Kind.UNAVAILABLE,
          "Could not delete the outbox entry " + entry + ".",
          e);
    }
  }

  private ObjectNode postJson(
      PostDraft draft, List<String> files, List<MediaRef> refs, Instant now) {
    Preview preview = PostComposer.preview(draft, limits());
    ObjectNode root = MAPPER.createObjectNode();
    root.put("outboxVersion", 1);
    root.put("target", target.key());
    root.put("idempotencyKey", draft.idempotencyKey());
    root.put("createdAt", now.toString());
    root.put("text", preview.text());
    root.put("spoilerText", preview.spoilerText());
    root.put("sensitive", draft.sensitive());
    root.put("length", preview.length());
    root.put("limit", preview.limit());
    ArrayNode media = root.putArray("media");
    for (int i = 0; i < files.size(); i++) {
      MediaItem item = refs.get(i).item();
      media
          .addObject()
          .put("file", files.get(i))
          .put("mimeType", item.mimeType())
          .put("altText", item.altText())
          .put("width", item.width())
          .put("height", item.height())
          .put("bytes", item.size())
          .put("sha256", refs.get(i).id());
    }
    root.set("requests", OutboxRequests.describe(target, draft, files, now));
    return root;
  }

  private Optional<Path> existingEntry(String id) throws ConnectorException {
    if (!Files.isDirectory(outbox)) {
      return Optional.empty();
    }
    try (Stream<Path> entries = Files.list(outbox)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith("-" + id))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .findFirst();
    } catch (IOException e) {
      throw new ConnectorException(
          ConnectorException.Kind.UNAVAILABLE, "Could not read the outbox " + outbox + ".", e);
    }
  }

  private static PostResult result(Path entry) {
    return new PostResult(
        Platform.OUTBOX, entry.getFileName().toString(), entry.toAbsolutePath().toUri());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
