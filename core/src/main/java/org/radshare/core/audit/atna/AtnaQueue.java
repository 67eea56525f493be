/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.atna;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Syslog messages waiting for the audit record repository, one file each, named by a zero-padded
 * sequence number so that directory order is sending order. A message is written and forced to disk
 * before it is first sent, and deleted only after it was written to the repository's connection:
 * delivery is at least once, in order. Safe for several processes (a lock file serialises them).
 */
public final class AtnaQueue {

  private static final String SUFFIX = ".syslog";
  private final Path directory;

  public AtnaQueue(Path directory) throws IOException {
    this.directory = Files.createDirectories(directory);
  }

  /** Adds a message at the end of the queue. */
  public void add(byte[] message) throws IOException {
    try (FileChannel lockChannel = lockChannel();
        FileLock lock = lockChannel.lock()) {
      List<Path> pending = pending();
      long next = pending.isEmpty() ? 1 : sequenceOf(pending.get(pending.size() - 1)) + 1;
      Path temp = directory.resolve(".incoming" + SUFFIX + ".tmp");
      try (FileChannel ch =
          FileChannel.open(
              temp,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING)) {
        ch.write(ByteBuffer.wrap(message));
        ch.force(true);
      }
      Files.move(
          temp,
          directory.resolve(String.format("%019d", next) + SUFFIX),
          StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** The queued messages, oldest first. */
  public List<Path> pending() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(p -> p.getFileName().toString().matches("\\d{19}\\" + SUFFIX))
          .sorted()
          .toList();
    }
  }

  /**
   * Sends queued messages oldest first through {@code sender} and removes each one sent; stops at
   * the first failure, leaving it and everything after it queued. Returns how many were sent.
   */
  public int drain(MessageSink sender) throws IOException {
    try (FileChannel lockChannel = lockChannel();
        FileLock lock = lockChannel.lock()) {
      List<Path> pending = pending();
      if (pending.isEmpty()) {
        return 0;
      }
      int sent = 0;
      try (MessageSink.Session session = sender.open()) {
        for (Path message : pending) {
          session.send(Files.readAllBytes(message));
          Files.delete(message);
          sent++;
        }
      }
      return sent;
    }
  }

  private FileChannel lockChannel() throws IOException {
    return FileChannel.open(
        directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  private static long sequenceOf(Path file) {
    String name = file.getFileName().toString();
    return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
  }

  /** Where queued messages go: a connection opened per drain. */
  public interface MessageSink {
    Session open() throws IOException;

    /** One connection; {@link #send} must throw if the message could not be written. */
    interface Session extends AutoCloseable {
      void send(byte[] message) throws IOException;

      @Override
      void close() throws IOException;
    }
  }
}
