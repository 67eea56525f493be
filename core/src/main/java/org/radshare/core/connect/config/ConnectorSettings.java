/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radshare.core.connect.Platform;

/**
 * The connector part of the department configuration ({@code policy.json}): its {@code platforms}
 * array, where each entry has an {@code id} (mastodon, x, linkedin, bluesky, facebook, outbox) and
 * optionally {@code clientId}, {@code clientSecretFile}, {@code instance}, {@code redirectPort},
 * {@code pageId}, {@code apiVersion} and {@code pkce}. Secrets are referenced by file, never
 * written into the policy itself. Only platforms listed here may be used.
 */
public final class ConnectorSettings {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Platform ids the policy format knows but RadShare cannot post to yet (public-URL only). */
  private static final java.util.Set<String> NOT_SUPPORTED =
      java.util.Set.of("threads", "instagram");

  private final Map<Platform, PlatformSettings> platforms;

  public ConnectorSettings(List<PlatformSettings> platforms) {
    this.platforms = new EnumMap<>(Platform.class);
    platforms.forEach(p -> this.platforms.put(p.platform(), p));
  }

  /** Reads the platforms of a department configuration file. */
  public static ConnectorSettings load(Path file) throws SettingsException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SettingsException("Cannot read the department configuration " + file + ".", e);
    }
    if (root == null || !root.path("platforms").isArray()) {
      throw new SettingsException(
          "The department configuration " + file + " has no platforms list.");
    }
    Path dir = file.toAbsolutePath().getParent();
    List<PlatformSettings> list = new java.util.ArrayList<>();
    for (JsonNode p : root.get("platforms")) {
      String id = p.path("id").asText("");
      if (NOT_SUPPORTED.contains(id)) {
        continue; // allowed by the policy format, but no connector exists (see StagingHost)
      }
      Platform platform =
          Platform.byKey(id)
              .orElseThrow(
                  () -> new SettingsException("Unknown platform \"" + id + "\" in " + file + "."));
      list.add(
          new PlatformSettings(
              platform,
              text(p, "clientId"),
              secret(p, dir),
              text(p, "instance").map(URI::create),
              p.path("redirectPort").asInt(0),
              text(p, "pageId"),
              text(p, "apiVersion"),
              p.path("pkce").isBoolean()
                  ? p.get("pkce").asBoolean()
                  : PlatformSettings.defaultPkce(platform)));
    }
    return new ConnectorSettings(list);
  }

  /** The settings for a platform the department allows. */
  public PlatformSettings require(Platform platform) throws SettingsException {
    PlatformSettings s = platforms.get(platform);
    if (s == null) {
      throw new SettingsException(
          platform.displayName() + " is not enabled in the department configuration.");
    }
    return s;
  }

  /** The platforms the department allows, in declaration order of {@link Platform}. */
  public List<Platform> platforms() {
    return List.copyOf(platforms.keySet());
  }

  private static Optional<String> text(JsonNode n, String field) {
    String v = n.path(field).asText("").strip();
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private static Optional<String> secret(JsonNode n, Path dir) throws SettingsException {
    Optional<String> file = text(n, "clientSecretFile");
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Path path = dir.resolve(file.get());
    try {
      return Optional.of(Files.readString(path, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new SettingsException("Cannot read the client secret file " + path + ".", e);
    }
  }
}
