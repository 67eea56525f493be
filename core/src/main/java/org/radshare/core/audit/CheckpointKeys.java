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
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The department's Ed25519 key pair for signing audit checkpoints, in the PEM files OpenSSL writes
 * ({@code openssl genpkey -algorithm ed25519}: PKCS#8 private key, X.509 public key). The writer
 * holds the private key; compliance staff verify with the public key alone. A signature covers the
 * whole chain up to the checkpoint, so rewriting the chain needs the private key.
 */
public final class CheckpointKeys {

  private static final String ALGORITHM = "Ed25519";

  private CheckpointKeys() {}

  /** Reads a PEM "PRIVATE KEY" (PKCS#8) Ed25519 key. */
  public static PrivateKey readPrivateKey(Path pem) throws IOException {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePrivate(new PKCS8EncodedKeySpec(pemBody(pem, "PRIVATE KEY")));
    } catch (GeneralSecurityException e) {
      throw new IOException(pem + " is not an Ed25519 private key in PKCS#8 PEM", e);
    }
  }

  /** Reads a PEM "PUBLIC KEY" (X.509 SubjectPublicKeyInfo) Ed25519 key. */
  public static PublicKey readPublicKey(Path pem) throws IOException {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePublic(new X509EncodedKeySpec(pemBody(pem, "PUBLIC KEY")));
    } catch (GeneralSecurityException e) {
      throw new IOException(pem + " is not an Ed25519 public key in PEM", e);
    }
  }

  /**
   * Generates a new key pair and writes it as two PEM files, the private one owner-only (0600) and
   * atomically; refuses to overwrite either.
   */
  public static KeyPair generate(Path privatePem, Path publicPem) throws IOException {
    try {
      KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
      if (Files.exists(publicPem)) {
        throw new java.nio.file.FileAlreadyExistsException(publicPem + " exists");
      }
      OwnerOnlyFile.write(
          privatePem,
          pem("PRIVATE KEY", pair.getPrivate().getEncoded()).getBytes(StandardCharsets.US_ASCII));
      Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
      return pair;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Java 17 provides Ed25519", e);
    }
  }

  /**
   * The public half of an Ed25519 private key. The JDK has no direct call for this; generating a
   * key pair from a "random" source that returns the private key's own bytes yields exactly it.
   */
  public static PublicKey publicKeyOf(PrivateKey privateKey) {
    if (!(privateKey instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()) {
      throw new IllegalArgumentException("not an Ed25519 private key");
    }
    byte[] seed = ed.getBytes().get();
    SecureRandom replay =
        new SecureRandom() {
          @Override
          public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
          }
        };
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
      generator.initialize(NamedParameterSpec.ED25519, replay);
      return generator.generateKeyPair().getPublic();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Java 17 provides Ed25519", e);
    }
  }

  /** A short stable name of a public key: the first 16 hex digits of SHA-256 of its encoding. */
  public static String keyId(PublicKey key) {
    return Sha256.hex(key.getEncoded()).substring(0, 16);
  }

  /**
   * What a checkpoint signs: every field of it (sequence number, time, key id) and the hash of the
   * record before it, which covers the whole chain so far.
   */
  static byte[] payload(long seq, String at, String prev, String keyId) {
    return ("radshare-audit-checkpoint:v1:" + seq + ":" + at + ":" + prev + ":" + keyId)
        .getBytes(StandardCharsets.UTF_8);
  }

  static String sign(PrivateKey key, byte[] payload) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(key);
      s.update(payload);
      return HexFormat.of().formatHex(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign an audit checkpoint", e);
    }
  }

  static boolean verify(PublicKey key, byte[] payload, String signatureHex) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(key);
      s.update(payload);
      byte[] signature = HexFormat.of().parseHex(signatureHex);
      // Only the exact lower-case hex RadShare writes: no other spelling of the same bytes.
      return HexFormat.of().formatHex(signature).equals(signatureHex) && s.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] pemBody(Path pem, String label) throws IOException {
    String text = Files.readString(pem, StandardCharsets.US_ASCII);
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IOException(pem + " has no PEM block '" + begin + "'");
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw new IOException(pem + " has a damaged PEM body", e);
    }
  }

  private static String pem(String label, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }
}
