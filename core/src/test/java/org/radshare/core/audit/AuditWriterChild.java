/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A separate writer process for the audit tests. {@code append LOG NAME COUNT} appends COUNT
 * intent/result pairs; {@code crash LOG} appends two whole records with their checkpoints, then
 * writes half of the next (as a process that dies inside write() would leave it), says so, and
 * waits to be killed.
 */
public final class AuditWriterChild {

  private AuditWriterChild() {}

  public static void main(String[] args) throws Exception {
    Path log = Path.of(args[1]);
    try (AuditLog audit = AuditLog.open(log, AuditFixtures.pseudonymizer())) {
      if (args[0].equals("append")) {
        int count = Integer.parseInt(args[3]);
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; i < count; i++) {
          IntentId id = audit.recordIntent(AuditFixtures.intent(args[2] + "-" + i));
          audit.recordResult(id, new ShareOutcome.Posted(args[2] + i, "https://x.example/" + i));
        }
        return;
      }
      IntentId id = audit.recordIntent(AuditFixtures.intent("before-crash"));
      audit.recordResult(id, new ShareOutcome.Cancelled());
    }
    java.util.List<String> lines = java.nio.file.Files.readAllLines(log);
    String last = lines.get(lines.size() - 1);
    byte[] half =
        ("{\"seq\":"
                + (lines.size() + 1)
                + ",\"type\":\"INTENT\",\"at\":\"2026-03-01T10:15:30Z\",\"prev\":\""
                + Sha256.hex(last.getBytes(StandardCharsets.UTF_8)).substring(0, 10))
            .getBytes(StandardCharsets.UTF_8);
    try (FileChannel channel =
        FileChannel.open(log, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      channel.write(ByteBuffer.wrap(half));
      channel.force(true);
      System.out.println("HALF-WRITTEN");
      System.out.flush();
      Thread.currentThread().join(); // parks until the parent kills this process
    }
  }
}
