/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.radshare.core.connect.Platform;

/**
 * Saved sign-ins as AES-256-GCM encrypted files, one per account, with the key in the OS keychain
 * or an owner-only {@link KeyFile} (see {@link KeySources}). The account id is authenticated data,
 * so a token file copied under another account's name (or from another user) fails to decrypt and
 * is reported as unreadable.
 */
public final class EncryptedFileTokenStore implements TokenStore {

  private static final byte[] MAGIC = "RSTK".getBytes(StandardCharsets.US_ASCII);
  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String SUFFIX = ".token";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path dir;
  private final KeySource keyFile;
  private final SecureRandom random = new SecureRandom();

  public EncryptedFileTokenStore(Path dir, KeySource keyFile) {
    this.dir = dir;
    this.keyFile = keyFile;
  }

  /** The store in the user's configuration folder ({@code $XDG_CONFIG_HOME/radshare/tokens}). */
  public static EncryptedFileTokenStore inUserConfig() {
    Path base = userConfigDir().resolve("radshare");
    return new EncryptedFileTokenStore(
        base.resolve("tokens"), KeySources.preferred(base.resolve("token.key")));
  }

  static Path userConfigDir() {
    String appData = System.getenv("APPDATA");
    String xdg = System.getenv("XDG_CONFIG_HOME");
    if (appData != null && System.getProperty("os.name", "").startsWith("Windows")) {
      return Path.of(appData);
    }
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg);
    }
    return Path.of(System.getProperty("user.home"), ".config");
  }

  @Override
  public TokenLookup load(AccountId account) {
    Path file = fileFor(account);
    byte[] data;
    try {
      data = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new TokenLookup.Missing();
    } catch (IOException e) {
      return unreadable(account, "cannot be read from disk");
    }
    SecretKey key;
    try {
      key = keyFile.loadOrCreate();
    } catch (IOException e) {
      return new TokenLookup.Unreadable(e.getMessage() + ".");
    }
    try {
      return new TokenLookup.Found(fromJson(MAPPER.readTree(decrypt(key, account, data))));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return unreadable(account, "was made by another user or computer, or is damaged");
    } catch (IOException | RuntimeException e) {
      return unreadable(account, "is damaged");
    }
  }

  @Override
  public void save(AccountId account, TokenSet tokens) throws TokenStoreException {
    try {
      createPrivateDir();
      byte[] plain = MAPPER.writeValueAsBytes(toJson(tokens));
      byte[] sealed = encrypt(keyFile.loadOrCreate(), account, plain);
      Arrays.fill(plain, (byte) 0);
      Path file = fileFor(account);
      Path temp = Files.createTempFile(dir, ".save-", ".tmp");
      Files.write(temp, sealed);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new TokenStoreException(
          "Could not save the "
              + account.platform().displayName()
              + " sign-in in "
              + dir
              + ": "
              + e.getMessage(),
          e);
    }
  }

  @Override
  public void delete(AccountId account) throws TokenStoreException {
    try {
      Files.deleteIfExists(fileFor(account));
    } catch (IOException e) {
      throw new TokenStoreException("Could not remove the saved sign-in in " + dir + ".", e);
    }
  }

  @Override
  public List<AccountId> accounts() throws TokenStoreException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<AccountId> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        parseFileName(p.getFileName().toString()).ifPresent(out::add);
      }
    } catch (IOException e) {
      throw new TokenStoreException("Could not list saved sign-ins in " + dir + ".", e);
    }
    return out;
  }

  Path fileFor(AccountId account) {
    String name =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(account.name().getBytes(StandardCharsets.UTF_8));
    return dir.resolve(account.platform().key() + "-" + name + SUFFIX);
  }

  private static Optional<AccountId> parseFileName(String file) {
    int dash = file.indexOf('-');
    if (!file.endsWith(SUFFIX) || dash < 0) {
      return Optional.empty();
    }
    try {
      Optional<Platform> platform = Platform.byKey(file.substring(0, dash));
      String encoded = file.substring(dash + 1, file.length() - SUFFIX.length());
      String name = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      return platform.map(p -> new AccountId(p, name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void createPrivateDir() throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Files.createDirectories(dir.getParent());
    if (Files.getFileAttributeView(dir.getParent(), PosixFileAttributeView.class) != null) {
      Files.createDirectory(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectory(dir);
    }
  }

  private byte[] encrypt(SecretKey key, AccountId account, byte[] plain)
      throws GeneralSecurityException {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(aad(account));
    byte[] sealed = cipher.doFinal(plain);
    return ByteBuffer.allocate(MAGIC.length + 1 + NONCE_BYTES + sealed.length)
        .put(MAGIC)
        .put(VERSION)
        .put(nonce)
        .put(sealed)
        .array();
  }

  private static byte[] decrypt(SecretKey key, AccountId account, byte[] data)
      throws GeneralSecurityException {
    int header = MAGIC.length + 1 + NONCE_BYTES;
    if (data.length <= header
        || !Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC)
        || data[MAGIC.length] != VERSION) {
      throw new IllegalArgumentException("not a RadShare token file");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE,
        key,
        new GCMParameterSpec(TAG_BITS, data, MAGIC.length + 1, NONCE_BYTES));
    cipher.updateAAD(aad(account));
    return cipher.doFinal(data, header, data.length - header);
  }

  private static byte[] aad(AccountId account) {
    return ("RSTK1|" + account).getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectNode toJson(TokenSet t) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("accessToken", t.accessToken());
    n.put("refreshToken", t.refreshToken());
    if (t.expiresAt() != null) {
      n.put("expiresAt", t.expiresAt().toString());
    }
    n.put("scope", t.scope());
    ObjectNode facts = n.putObject("account");
    t.account().forEach(facts::put);
    return n;
  }

  private static TokenSet fromJson(JsonNode n) {
    Map<String, String> facts = new HashMap<>();
    n.path("account").fields().forEachRemaining(e -> facts.put(e.getKey(), e.getValue().asText()));
    String access = n.path("accessToken").asText("");
    if (access.isEmpty()) {
      throw new IllegalStateException("no access token");
    }
    return new TokenSet(
        access,
        n.path("refreshToken").asText(""),
        n.hasNonNull("expiresAt") ? Instant.parse(n.get("expiresAt").asText()) : null,
        n.path("scope").asText(""),
        facts);
  }

  private static TokenLookup unreadable(AccountId account, String what) {
    return new TokenLookup.Unreadable(
        "The saved "
            + account.platform().displayName()
            + " sign-in for "
            + account.name()
            + " "
            + what
            + "; it was ignored, sign in again with `radshare accounts login "
            + account.platform().key()
            + "`.");
  }
}
