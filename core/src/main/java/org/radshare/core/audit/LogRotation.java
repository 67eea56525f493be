/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Retention by rotation: when the live log reaches the size limit or a new UTC month begins, it is
 * renamed {@code <name>.<last seq, 12 digits>.jsonl} and a new live file starts with a ROTATED
 * record that carries the chain on (next sequence number, hash of the old file's last line). The
 * new file is written in full beside the log first and both renames are atomic, so a crash leaves
 * either the old state or the new one; {@link #finishInterrupted} completes a rename cut short.
 */
public final class LogRotation {

  /** The first lines of the new file, given the next seq, the old file's last hash and its name. */
  @FunctionalInterface
  interface Opening {
    byte[] lines(long seq, String prev, String from);
  }

  private LogRotation() {}

  static void finishInterrupted(Path live) throws IOException {
    Path next = nextOf(live);
    if (Files.exists(next)) {
      if (Files.exists(live)) {
        Files.delete(next); // crashed before the old file was archived: nothing changed
      } else {
        Files.move(next, live, StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  static void rotateIfDue(Path live, AuditOptions.Rotation rotation, Instant now, Opening opening)
      throws IOException {
    if (rotation.equals(AuditOptions.Rotation.NEVER)
        || !Files.isRegularFile(live)
        || Files.size(live) == 0) {
      return;
    }
    boolean bySize = rotation.maxBytes() > 0 && Files.size(live) >= rotation.maxBytes();
    boolean byMonth =
        rotation.monthly()
            && !YearMonth.from(firstRecordTime(live).atZone(ZoneOffset.UTC))
                .equals(YearMonth.from(now.atZone(ZoneOffset.UTC)));
    if (!bySize && !byMonth) {
      return;
    }
    LogTail tail;
    try (FileChannel channel = FileChannel.open(live, StandardOpenOption.READ)) {
      tail = LogTail.read(channel, live);
    }
    if (tail.isTorn()) {
      return; // the next write seals the torn record first; rotate after it
    }
    Path archive = archiveOf(live, tail.lastSeq());
    Path next = nextOf(live);
    byte[] first =
        opening.lines(tail.lastSeq() + 1, tail.lastHash(), archive.getFileName().toString());
    try (FileChannel ch =
        FileChannel.open(next, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(first));
      ch.force(true);
    }
    Files.move(live, archive, StandardCopyOption.ATOMIC_MOVE);
    Files.move(next, live, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The rotated files of {@code live}, oldest first, then {@code live} itself if it exists. */
  public static List<Path> setOf(Path live) throws IOException {
    Path dir = live.toAbsolutePath().getParent();
    String name = live.getFileName().toString();
    String stem = stem(name);
    Pattern archived =
        Pattern.compile(Pattern.quote(stem) + "\\.\\d{12}" + Pattern.quote(extension(name)));
    List<Path> set = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(p -> archived.matcher(p.getFileName().toString()).matches())
          .sorted()
          .forEach(set::add);
    }
    if (Files.exists(live)) {
      set.add(live);
    }
    return set;
  }

  static Path archiveOf(Path live, long lastSeq) {
    String name = live.getFileName().toString();
    return live.resolveSibling(
        stem(name) + "." + String.format("%012d", lastSeq) + extension(name));
  }

  private static Path nextOf(Path live) {
    return live.resolveSibling(live.getFileName() + ".next");
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot);
  }

  private static Instant firstRecordTime(Path live) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(live, StandardCharsets.UTF_8)) {
      JsonNode first = RecordCodec.JSON.readTree(reader.readLine());
      return Instant.parse(first.path("at").asText());
    } catch (RuntimeException e) {
      throw AuditLogException.damaged(live, "has an unreadable first record");
    }
  }
}
