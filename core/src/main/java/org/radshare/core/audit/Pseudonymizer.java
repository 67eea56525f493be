/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns study and patient identifiers into stable pseudonyms (HMAC-SHA256 keyed with the department
 * secret), so the audit trail can link shares of the same study or patient without containing the
 * identifier. Without the secret a pseudonym cannot be reversed or recomputed from a guessed ID;
 * with it, compliance staff can check whether a given study was shared.
 */
public final class Pseudonymizer {

  private static final int MIN_KEY_BYTES = 32;
  private final byte[] key;

  /** A pseudonymizer keyed with {@code key} (at least 32 bytes). */
  public Pseudonymizer(byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the department audit secret must be at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = key.clone();
  }

  /**
   * Reads the department secret: a file holding the key as Base64 text (whitespace ignored), as
   * {@link #writeNewKey} creates it.
   */
  public static Pseudonymizer fromKeyFile(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("\\s", "");
    try {
      return new Pseudonymizer(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      throw new IOException("the audit secret in " + file + " is not Base64 of 32+ bytes", e);
    }
  }

  /**
   * Creates a new random department secret in {@code file} (Base64 text), readable by its owner
   * only and written atomically; never overwrites an existing file.
   */
  public static void writeNewKey(Path file) throws IOException {
    byte[] key = new byte[MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    OwnerOnlyFile.write(
        file, (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  /** The pseudonymous references for a study and its patient; the arguments are not retained. */
  public Subject subject(String studyInstanceUid, String patientId) {
    return new Subject(pseudonym("study", studyInstanceUid), pseudonym("patient", patientId));
  }

  /**
   * The pseudonym of {@code value} in {@code domain}: domains keep a patient ID that happens to
   * equal a UID from colliding. Values are trimmed and upper-cased first.
   */
  public String pseudonym(String domain, String value) {
    if (value == null || value.isBlank()) {
      return "none";
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(domain.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      byte[] out =
          mac.doFinal(value.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      // 128 bits are plenty to link records and keep the trail readable.
      return HexFormat.of().formatHex(Arrays.copyOf(out, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
    }
  }

  /** Pseudonymous study and patient references; never the identifiers themselves. */
  public record Subject(String studyRef, String patientRef) {}
}
