/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.atna;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import org.radshare.core.audit.ShareEntry;
import org.radshare.core.audit.ShareListener;
import org.radshare.core.policy.DepartmentPolicy;

/**
 * Exports each completed share to the department's IHE ATNA audit record repository: builds the
 * DICOM Export audit message, wraps it in RFC 5424 syslog, queues it on disk, and sends the queue
 * in order over TLS. While the repository is unreachable messages wait in the queue; every later
 * share (or a call to {@link #drain}) tries again. Register it with {@code
 * AuditOptions.withListener}.
 */
public final class AtnaExporter implements ShareListener {

  private static final System.Logger LOG = System.getLogger(AtnaExporter.class.getName());

  private final AtnaQueue queue;
  private final AtnaQueue.MessageSink sink;
  private final String auditSourceId;
  private final String host;
  private final Clock clock;

  public AtnaExporter(
      AtnaQueue queue, AtnaQueue.MessageSink sink, String auditSourceId, String host, Clock clock) {
    this.queue = queue;
    this.sink = sink;
    this.auditSourceId = auditSourceId;
    this.host = host;
    this.clock = clock;
  }

  /** The exporter the department policy configures. */
  public static AtnaExporter fromPolicy(DepartmentPolicy.AtnaSettings settings) throws IOException {
    String host = localHostName();
    return new AtnaExporter(
        new AtnaQueue(settings.queueDirectory()),
        new TlsSyslogSender(settings.host(), settings.port(), settings.trustedCertificates()),
        settings.auditSourceId().orElse("RadShare@" + host),
        host,
        Clock.systemUTC());
  }

  /** Queues the share's audit message, then tries to send the queue. */
  @Override
  public void shareCompleted(ShareEntry share) throws IOException {
    enqueue(share);
    drain();
  }

  /** Adds the share's audit message to the queue (forced to disk). */
  public void enqueue(ShareEntry share) throws IOException {
    String xml = AtnaMessage.export(share, auditSourceId, host);
    queue.add(SyslogFrame.message(clock.instant(), host, ProcessHandle.current().pid(), xml));
  }

  /**
   * Sends what is queued, oldest first. Returns the number sent; an unreachable repository is not
   * an error here (the messages stay queued), it is reported as a warning and 0 more sent.
   */
  public int drain() {
    try {
      return queue.drain(sink);
    } catch (IOException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "ATNA repository unreachable; audit messages stay queued: "
              + e.getClass().getSimpleName());
      return 0;
    }
  }

  /** How many messages wait for the repository. */
  public int queued() throws IOException {
    return queue.pending().size();
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
