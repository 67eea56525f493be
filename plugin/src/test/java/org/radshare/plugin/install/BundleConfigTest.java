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
    List<JsonObject> starts =
        entries.stream().filter(e -> e.getString("code").startsWith("felix.auto.start.")).toList();
    assertThat(starts).hasSize(1);
    int level = Integer.parseInt(starts.get(0).getString("code").substring(17));
    assertThat(level).isNotIn(WEASIS_LEVELS).isLessThanOrEqualTo(BEGINNING_START_LEVEL);
    String release = "/radshare-plugin-" + System.getProperty("radshare.version");
    List<String> urls = List.of(starts.get(0).getString("value").split(" "));
    assertThat(urls)
        .as("the plugin and its natives fragment, pinned to the version being built")
        .hasSize(2);
    assertThat(urls.get(0)).endsWith(release + ".jar");
    // The launcher puts this workstation's platform in place of the variable (Weasis's own
    // native fragments are listed the same way).
    assertThat(urls.get(1)).endsWith(release + "-${native.library.spec}.jar");
    assertThat(urls.get(1)).startsWith(urls.get(0).substring(0, urls.get(0).lastIndexOf('/')));
    assertThat(
            entries.stream()
                .map(e -> e.getString("code"))
                .filter(c -> !c.startsWith("felix.auto.start.")))
        .allSatisfy(code -> assertThat(SETTINGS).contains(code));
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
