/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * The end of the log as the next writer needs it: the sequence number and hash of the last whole
 * record, and any torn bytes after it (a writer that died mid-record). Read backwards from the end
 * so appending stays cheap however long the log grows.
 *
 * @param torn the bytes after the last newline; empty when the log ends cleanly
 */
record LogTail(long lastSeq, String lastHash, byte[] torn) {

  static LogTail read(FileChannel channel) throws IOException {
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
        return new LogTail(0, Sha256.GENESIS, torn); // only a torn first record
      }
      int lineStart = lastNewline < 0 ? -1 : lastIndexOf(buf, lastNewline - 1);
      if (lastNewline >= 0 && (lineStart >= 0 || start == 0)) {
        int from = lineStart + 1;
        int length = lastNewline - from;
        return new LogTail(seqOf(buf, from, length), Sha256.hex(buf, from, length), torn);
      }
      if (start == 0) {
        throw new IOException("the audit log is not JSON Lines");
      }
      window *= 4;
    }
  }

  boolean isTorn() {
    return torn.length > 0;
  }

  private static long seqOf(byte[] buf, int from, int length) throws IOException {
    JsonNode node;
    try {
      node = RecordCodec.JSON.readTree(buf, from, length);
    } catch (IOException e) {
      node = null;
    }
    if (node == null || !node.path("seq").canConvertToLong()) {
      throw new IOException(
          "the last record of the audit log is unreadable; run 'radshare audit verify'"
              + " and start a new log after compliance has reviewed this one");
    }
    return node.path("seq").asLong();
  }

  private static int lastIndexOf(byte[] buf, int from) {
    for (int i = from; i >= 0; i--) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("the audit log shrank while being read");
      }
    }
    return buffer.array();
  }
}
