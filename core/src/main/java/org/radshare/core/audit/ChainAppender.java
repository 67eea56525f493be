/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Appends hash-chained records so that concurrent writers never interleave: an in-JVM lock per file
 * (two viewer windows) plus an exclusive {@link FileLock} (two processes) around "read the tail,
 * append, force to disk". A torn last line left by a crashed writer is closed off with a RECOVERY
 * record that chains it, so the log stays verifiable and the crash stays visible.
 */
final class ChainAppender implements AutoCloseable {

  /** Builds the body of a record once its sequence number, time and predecessor are known. */
  @FunctionalInterface
  interface Body {
    void fill(ObjectNode record);
  }

  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final ReentrantLock jvmLock;
  private final Clock clock;
  private final Optional<PrivateKey> signingKey;
  private final String keyId;

  ChainAppender(Path file, Clock clock, Optional<PrivateKey> signingKey, String keyId)
      throws IOException {
    this.file = file.toAbsolutePath().normalize();
    this.jvmLock = JVM_LOCKS.computeIfAbsent(this.file, p -> new ReentrantLock());
    this.clock = clock;
    this.signingKey = signingKey;
    this.keyId = keyId;
  }

  /** Where and when a record was written. */
  record Appended(long seq, Instant at) {}

  /** Appends one record (and a signed checkpoint after it when a key is set). */
  Appended append(RecordType type, Body body) throws IOException {
    jvmLock.lock();
    // Opened per record, so a log IT rotates (renames) is never written to after the rename.
    try (FileChannel channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      LogTail tail = LogTail.read(channel);
      long seq = tail.lastSeq() + 1;
      String prev = tail.lastHash();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (tail.isTorn()) {
        out.write('\n'); // closes the torn line; the RECOVERY record chains its bytes
        ObjectNode recovery =
            RecordCodec.header(seq, RecordType.RECOVERY, now(), Sha256.hex(tail.torn()));
        recovery.put("tornBytes", tail.torn().length);
        prev = writeLine(out, recovery);
        seq++;
      }
      Instant at = now();
      ObjectNode record = RecordCodec.header(seq, type, at, prev);
      body.fill(record);
      String recordHash = writeLine(out, record);
      if (signingKey.isPresent()) {
        writeLine(out, checkpoint(seq + 1, recordHash));
      }
      // One write of everything, then force: the intent is on disk before anything is sent.
      ByteBuffer buffer = ByteBuffer.wrap(out.toByteArray());
      long position = channel.size();
      while (buffer.hasRemaining()) {
        position += channel.write(buffer, position);
      }
      channel.force(true);
      return new Appended(seq, at);
    } finally {
      jvmLock.unlock();
    }
  }

  /** Writes a record as one line and returns the hash the next record must carry. */
  private static String writeLine(ByteArrayOutputStream out, ObjectNode record) {
    byte[] line = RecordCodec.bytes(record);
    out.writeBytes(line);
    out.write('\n');
    return Sha256.hex(line);
  }

  private ObjectNode checkpoint(long seq, String prev) {
    Instant at = now();
    ObjectNode cp = RecordCodec.header(seq, RecordType.CHECKPOINT, at, prev);
    cp.put("keyId", keyId);
    cp.put(
        "sig",
        CheckpointKeys.sign(
            signingKey.orElseThrow(), CheckpointKeys.payload(seq, at.toString(), prev, keyId)));
    return cp;
  }

  private Instant now() {
    return clock.instant();
  }

  @Override
  public void close() {
    // nothing held between records
  }
}
