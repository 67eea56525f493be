/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.install;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radshare.core.review.ShareDefaults;

/**
 * The launcher configurations IT copies (bundle-config/) must install this very release, at a start
 * level Weasis does not use and that actually starts, and only set keys the plugin reads.
 */
class BundleConfigTest {

  /** Start levels Weasis 4.7's base.json already uses (docs/weasis-integration.md §7). */
  private static final Set<Integer> WEASIS_LEVELS =
      Set.of(1, 3, 4, 5, 7, 10, 12, 15, 23, 30, 35, 40, 60, 70, 75, 100, 110, 115, 120, 121);

  private static final int BEGINNING_START_LEVEL = 130;

  private static final Set<String> SETTINGS =
      Set.of(
          ShareDefaults.POLICY,
          ShareDefaults.HASHTAGS,
          ShareDefaults.CONTENT_WARNING,
          ShareDefaults.KEEP_DRAWINGS);

  @ParameterizedTest
  @ValueSource(strings = {"radshare-local.json", "radshare-remote.json"})
  void installsThisReleaseAtAFreeStartLevel(String file) throws Exception {
    List<JsonObject> entries = entries(file);
    List<JsonObject> starts = withPrefix(entries, "felix.auto.start.");
    assertThat(starts).hasSize(1);
    int level = Integer.parseInt(starts.get(0).getString("code").substring(17));
    assertThat(level).isNotIn(WEASIS_LEVELS).isLessThanOrEqualTo(BEGINNING_START_LEVEL);
    String release = "/radshare-plugin-" + System.getProperty("radshare.version");
    String plugin = starts.get(0).getString("value");
    assertThat(plugin)
        .as("pinned to the version being built; update bundle-config/ with each release")
        .endsWith(release + ".jar");
    // The natives fragment is installed, not started (a fragment cannot be), and the launcher
    // puts this workstation's platform in place of the variable, as for Weasis's own natives.
    List<JsonObject> installs = withPrefix(entries, "felix.auto.install.");
    assertThat(installs).hasSize(1);
    assertThat(Integer.parseInt(installs.get(0).getString("code").substring(19)))
        .isNotIn(WEASIS_LEVELS)
        .isLessThanOrEqualTo(BEGINNING_START_LEVEL);
    assertThat(installs.get(0).getString("value"))
        .isEqualTo(plugin.replaceFirst("\\.jar$", "-\\${native.library.spec}.jar"));
    assertThat(
            entries.stream()
                .map(e -> e.getString("code"))
                .filter(c -> !c.startsWith("felix.auto.")))
        .allSatisfy(code -> assertThat(SETTINGS).contains(code));
  }

  private static List<JsonObject> withPrefix(List<JsonObject> entries, String prefix) {
    return entries.stream().filter(e -> e.getString("code").startsWith(prefix)).toList();
  }

  private static List<JsonObject> entries(String file) throws Exception {
    Path path = Path.of(System.getProperty("radshare.bundle.config"), file);
    try (Reader in = Files.newBufferedReader(path);
        JsonReader json = Json.createReader(in)) {
      return json.readObject().getJsonArray("weasisPreferences").stream()
          .map(JsonObject.class::cast)
          .flatMap(Stream::of)
          .toList();
    }
  }
}
