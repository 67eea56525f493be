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
 * (two viewer windows) plus an exclusive {@link FileLock} on a lock file beside the log (two
 * processes) around "read the tail, append, force to disk". Every write ends with a checkpoint
 * (signed when a key is set) over the line before, so the last record is covered too. A torn start
 * of a record left by a crashed writer is sealed with a RECOVERY record; any other damage at the
 * end stops writing until {@code audit repair}. Rotation ({@link LogRotation}) happens under the
 * same locks.
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
  private final AuditOptions.Rotation rotation;

  ChainAppender(
      Path file,
      Clock clock,
      Optional<PrivateKey> signingKey,
      String keyId,
      AuditOptions.Rotation rotation) {
    this.file = file.toAbsolutePath().normalize();
    this.jvmLock = JVM_LOCKS.computeIfAbsent(this.file, p -> new ReentrantLock());
    this.clock = clock;
    this.signingKey = signingKey;
    this.keyId = keyId;
    this.rotation = rotation;
  }

  /** Where and when a record was written. */
  record Appended(long seq, Instant at) {}

  /** Appends one record and its closing checkpoint in one write. */
  Appended append(RecordType type, Body body) throws IOException {
    return append(type, body, Optional.empty());
  }

  /**
   * Seals the bytes after the last intact checkpoint (found by {@link AuditRepair}) with a RECOVERY
   * record and its checkpoint.
   */
  Appended seal(Damage damage) throws IOException {
    return append(RecordType.RECOVERY, r -> {}, Optional.of(damage));
  }

  private Appended append(RecordType type, Body body, Optional<Damage> damage) throws IOException {
    jvmLock.lock();
    try (FileChannel lockChannel =
            FileChannel.open(
                lockFileOf(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockChannel.lock()) {
      LogRotation.finishInterrupted(file);
      if (damage.isEmpty()) {
        LogRotation.rotateIfDue(file, rotation, clock.instant(), this::closeWith);
      }
      try (FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        return write(channel, type, body, damage);
      }
    } finally {
      jvmLock.unlock();
    }
  }

  /** Damage {@link AuditRepair} found: the last intact checkpoint and where the file ends. */
  record Damage(long sealedEnd, long sealedSeq, String sealedHash, long fileSize, String by) {}

  private Appended write(FileChannel channel, RecordType type, Body body, Optional<Damage> damage)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long seq;
    String prev;
    if (damage.isPresent()) {
      Damage d = damage.get();
      if (channel.size() != d.fileSize()) {
        throw new AuditLogException("the audit log changed during repair; run it again");
      }
      byte[] damaged = LogTail.readAt(channel, d.sealedEnd(), (int) (d.fileSize() - d.sealedEnd()));
      if (damaged.length > 0 && damaged[damaged.length - 1] != '\n') {
        out.write('\n');
        damaged = java.util.Arrays.copyOf(damaged, damaged.length + 1);
        damaged[damaged.length - 1] = '\n';
      }
      seq = d.sealedSeq() + 1;
      String sealed =
          writeLine(out, recovery(seq, d.sealedHash(), RecoveryCause.REPAIR, damaged, d.by()));
      writeLine(out, checkpoint(seq + 1, sealed));
      return flush(channel, out, new Appended(seq, now()));
    } else {
      LogTail tail = LogTail.read(channel, file);
      seq = tail.lastSeq() + 1;
      prev = tail.lastHash();
      if (tail.isTorn()) {
        out.write('\n'); // closes the torn line; the RECOVERY record seals its bytes
        byte[] damaged = java.util.Arrays.copyOf(tail.torn(), tail.torn().length + 1);
        damaged[damaged.length - 1] = '\n';
        prev = writeLine(out, recovery(seq, prev, RecoveryCause.TORN_WRITE, damaged, ""));
        seq++;
      }
    }
    Instant at = now();
    ObjectNode record = RecordCodec.header(seq, type, at, prev);
    body.fill(record);
    String recordHash = writeLine(out, record);
    writeLine(out, checkpoint(seq + 1, recordHash));
    return flush(channel, out, new Appended(seq, at));
  }

  /** One write of everything, then force: the intent is on disk before anything is sent. */
  private static Appended flush(FileChannel channel, ByteArrayOutputStream out, Appended done)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(out.toByteArray());
    long position = channel.size();
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
    channel.force(true);
    return done;
  }

  /** The first lines of a new file after rotation: ROTATED and its checkpoint. */
  private byte[] closeWith(long seq, String prev, String from) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ObjectNode rotated = RecordCodec.header(seq, RecordType.ROTATED, now(), prev);
    rotated.put("from", from);
    writeLine(out, checkpoint(seq + 1, writeLine(out, rotated)));
    return out.toByteArray();
  }

  private ObjectNode recovery(
      long seq, String prev, RecoveryCause cause, byte[] damaged, String by) {
    ObjectNode recovery = RecordCodec.header(seq, RecordType.RECOVERY, now(), prev);
    recovery.put("cause", cause.name());
    recovery.put("damagedBytes", damaged.length);
    recovery.put("damagedSha256", Sha256.hex(damaged));
    if (!by.isEmpty()) {
      recovery.put("by", by);
    }
    return recovery;
  }

  static Path lockFileOf(Path log) {
    return log.resolveSibling(log.getFileName() + ".lock");
  }

  /** Writes a record as one line and returns the hash the next record must carry. */
  private static String writeLine(ByteArrayOutputStream out, ObjectNode record) {
    byte[] line = RecordCodec.bytes(record);
    out.writeBytes(line);
    out.write('\n');
    return Sha256.hex(line);
  }

  private ObjectNode checkpoint(long seq, String prev) {
    ObjectNode cp = RecordCodec.JSON.createObjectNode();
    cp.put("seq", seq);
    cp.put("type", RecordType.CHECKPOINT.name());
    if (signingKey.isEmpty()) {
      cp.put("prev", prev); // a closing hash: every byte of it follows from the chain
      return cp;
    }
    String at = now().toString();
    cp.put("at", at);
    cp.put("prev", prev);
    cp.put("keyId", keyId);
    cp.put(
        "sig", CheckpointKeys.sign(signingKey.get(), CheckpointKeys.payload(seq, at, prev, keyId)));
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
