/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link AuditLog} writes: its clock (UTC instants; tests inject a fixed one), the optional
 * department key that signs a checkpoint after every record, and listeners told of each completed
 * share (the ATNA exporter is one).
 *
 * @param checkpointKey private key that signs checkpoints, with its public half for the key id
 */
public record AuditOptions(
    Clock clock,
    Optional<SigningKey> checkpointKey,
    List<ShareListener> listeners,
    Rotation rotation) {

  public AuditOptions {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(checkpointKey, "checkpointKey");
    Objects.requireNonNull(rotation, "rotation");
    listeners = List.copyOf(listeners);
  }

  /** System UTC clock, no signing, no listeners, no rotation. */
  public static AuditOptions defaults() {
    return new AuditOptions(Clock.systemUTC(), Optional.empty(), List.of(), Rotation.NEVER);
  }

  public AuditOptions withClock(Clock c) {
    return new AuditOptions(c, checkpointKey, listeners, rotation);
  }

  public AuditOptions withCheckpointKey(PrivateKey key, PublicKey publicKey) {
    return new AuditOptions(
        clock, Optional.of(new SigningKey(key, publicKey)), listeners, rotation);
  }

  public AuditOptions withListener(ShareListener listener) {
    List<ShareListener> all = new java.util.ArrayList<>(listeners);
    all.add(listener);
    return new AuditOptions(clock, checkpointKey, all, rotation);
  }

  public AuditOptions withRotation(Rotation r) {
    return new AuditOptions(clock, checkpointKey, listeners, r);
  }

  /**
   * When the live log is closed and a new file started (the chain carries on in the new file).
   *
   * @param maxBytes rotate before a write once the live file holds at least this many bytes (0:
   *     never by size)
   * @param monthly rotate at the first write in a new UTC month
   */
  public record Rotation(long maxBytes, boolean monthly) {
    /** Keep one file forever. */
    public static final Rotation NEVER = new Rotation(0, false);
  }

  /** An Ed25519 key pair: the private key signs, the public key names it in each checkpoint. */
  public record SigningKey(PrivateKey privateKey, PublicKey publicKey) {}
}
