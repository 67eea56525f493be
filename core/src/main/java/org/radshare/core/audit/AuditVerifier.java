/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radshare.core.audit.VerifyReport.Integrity;

/**
 * Checks an audit log, or a set of rotated log files in order: every line is a record exactly as
 * RadShare writes it, sequence numbers run 1, 2, 3… without gaps, each {@code prev} is the SHA-256
 * of the line before, every record is closed by a checkpoint written in the same write, and (given
 * the department public key) every signature verifies. Names the first bad record. What this does
 * and does not prove, with and without a key, is in docs/compliance.md.
 */
public final class AuditVerifier {

  private final Optional<PublicKey> key;

  /** A verifier; with a key it also checks the checkpoint signatures. */
  public AuditVerifier(Optional<PublicKey> key) {
    this.key = key;
  }

  /** Verifies one log file. */
  public VerifyReport verify(Path log) throws IOException {
    return verify(List.of(log));
  }

  /** Verifies rotated log files, oldest first, as one chain (the last one is the live log). */
  public VerifyReport verify(List<Path> files) throws IOException {
    return run(files).report();
  }

  /** The verdict plus where the last intact checkpoint ends, for {@link AuditRepair}. */
  record Outcome(VerifyReport report, long sealedEnd, long sealedSeq, String sealedHash) {}

  Outcome run(List<Path> files) throws IOException {
    List<ChainWalk.Segment> segments = new ArrayList<>();
    for (Path file : files) {
      segments.add(new ChainWalk.Segment(file.getFileName().toString(), Files.readAllBytes(file)));
    }
    return new ChainWalk(key, segments).walk();
  }

  /** Checks one checkpoint's signature, if a key is given and the checkpoint is signed. */
  static Optional<String> badSignature(Optional<PublicKey> key, ObjectNode node, long seq) {
    String at = node.path("at").asText();
    byte[] payload =
        CheckpointKeys.payload(seq, at, node.path("prev").asText(), node.path("keyId").asText());
    if (!CheckpointKeys.verify(key.orElseThrow(), payload, node.path("sig").asText())) {
      return Optional.of(
          "checkpoint signature does not verify with the department key: the chain up to here"
              + " was rewritten, or it was signed with another key (keyId "
              + node.path("keyId").asText()
              + ")");
    }
    return Optional.empty();
  }

  static boolean isSigned(ObjectNode checkpoint) {
    return checkpoint.has("sig");
  }

  static Integrity worst(Integrity a, Integrity b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
