/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.radshare.core.audit.VerifyReport.Integrity;

/**
 * Whatever single byte is changed, verification notices, anywhere in a signed or an unsigned log:
 * the closing checkpoint covers the last record, and every byte of an unsigned checkpoint follows
 * from the chain.
 */
class AnyByteEditTest {

  static Path dir;
  static byte[] signed;
  static byte[] unsigned;
  static KeyPair pair;

  @BeforeContainer
  static void writeLogs() throws Exception {
    dir = Files.createTempDirectory("any-byte-edit");
    pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    signed =
        write(
            "signed.jsonl",
            AuditOptions.defaults().withCheckpointKey(pair.getPrivate(), pair.getPublic()));
    unsigned = write("unsigned.jsonl", AuditOptions.defaults());
  }

  @AfterContainer
  static void removeLogs() throws Exception {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static byte[] write(String name, AuditOptions options) throws Exception {
    Path log = dir.resolve(name);
    try (AuditLog audit = AuditLog.open(log, AuditFixtures.pseudonymizer(), options)) {
      for (String user : List.of("alice", "bob")) {
        audit.recordResult(
            audit.recordIntent(AuditFixtures.intent(user)),
            new ShareOutcome.Posted("7", "https://x.example/7"));
      }
    }
    return Files.readAllBytes(log);
  }

  @Provide
  Arbitrary<Integer> replacement() {
    return Arbitraries.integers().between(0, 255);
  }

  private static Integrity verifyEdited(
      byte[] original, int position, int value, Optional<java.security.PublicKey> key)
      throws Exception {
    byte[] edited = original.clone();
    edited[position] = (byte) value;
    Path file = Files.createTempFile(dir, "edited", ".jsonl");
    Files.write(file, edited);
    try {
      return new AuditVerifier(key).verify(file).integrity();
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 300)
  void anyByteOfASignedLog(@ForAll("fraction") double where, @ForAll("replacement") int value)
      throws Exception {
    int position = (int) (where * signed.length);
    Assume.that(signed[position] != (byte) value);
    assertThat(verifyEdited(signed, position, value, Optional.of(pair.getPublic())))
        .as("byte %d changed to %d", position, value)
        .isNotEqualTo(Integrity.INTACT);
  }

  @Property(tries = 300)
  void anyByteOfAnUnsignedLog(@ForAll("fraction") double where, @ForAll("replacement") int value)
      throws Exception {
    int position = (int) (where * unsigned.length);
    Assume.that(unsigned[position] != (byte) value);
    assertThat(verifyEdited(unsigned, position, value, Optional.empty()))
        .as("byte %d changed to %d", position, value)
        .isNotEqualTo(Integrity.INTACT);
  }

  @Provide
  Arbitrary<Double> fraction() {
    return Arbitraries.doubles().between(0, 1).filter(d -> d < 1);
  }
}
