/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The end of the log as the next writer needs it: the sequence number and hash of the last line,
 * which must be a checkpoint as RadShare writes it, and any torn bytes after it, which must be the
 * start of the next record (a writer that died mid-write). Anything else is damage the writer
 * refuses to build on. Read backwards from the end so appending stays cheap however long the log
 * grows.
 *
 * @param torn the bytes after the last newline; empty when the log ends cleanly
 */
record LogTail(long lastSeq, String lastHash, byte[] torn) {

  static LogTail read(FileChannel channel, Path log) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return new LogTail(0, Sha256.GENESIS, new byte[0]);
    }
    int window = 8192;
    while (true) {
      long start = Math.max(0, size - window);
      byte[] buf = readAt(channel, start, (int) (size - start));
      int lastNewline = lastIndexOf(buf, buf.length - 1);
      byte[] torn = Arrays.copyOfRange(buf, lastNewline + 1, buf.length);
      if (lastNewline < 0 && start == 0) {
        return checked(log, new LogTail(0, Sha256.GENESIS, torn));
      }
      int lineStart = lastNewline < 0 ? -1 : lastIndexOf(buf, lastNewline - 1);
      if (lastNewline >= 0 && (lineStart >= 0 || start == 0)) {
        byte[] line = Arrays.copyOfRange(buf, lineStart + 1, lastNewline);
        Optional<ObjectNode> last = StrictRecord.parse(line);
        if (last.isEmpty()
            || !RecordType.CHECKPOINT.name().equals(last.get().path("type").asText())) {
          throw AuditLogException.damaged(
              log,
              line.length == 0
                  ? "ends with a blank line"
                  : "does not end with a checkpoint as RadShare writes it");
        }
        return checked(log, new LogTail(last.get().path("seq").asLong(), Sha256.hex(line), torn));
      }
      if (start == 0) {
        throw AuditLogException.damaged(log, "is not JSON Lines");
      }
      window *= 4;
    }
  }

  private static LogTail checked(Path log, LogTail tail) throws IOException {
    if (tail.isTorn()
        && !NextRecordPrefix.accepts(tail.torn(), tail.lastSeq() + 1, tail.lastHash())) {
      throw AuditLogException.damaged(
          log, "ends with " + tail.torn().length + " bytes that are not the start of a record");
    }
    return tail;
  }

  boolean isTorn() {
    return torn.length > 0;
  }

  private static int lastIndexOf(byte[] buf, int from) {
    for (int i = from; i >= 0; i--) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("the audit log shrank while being read");
      }
    }
    return buffer.array();
  }
}
