/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestTest {

  @Test
  void manifestListsEveryImageAndCaptionWithADescription() {
    JsonNode manifest = Fixtures.read(Fixtures.ROOT.resolve("manifest.json"));
    Set<String> ids = new HashSet<>();
    for (JsonNode e : manifest) {
      assertThat(e.path("description").asText()).as(e.toString()).isNotBlank();
      assertThat(Fixtures.ROOT.resolve(e.path("path").asText())).as(e.toString()).exists();
      ids.add(e.path("id").asText());
    }
    assertThat(ids).containsAll(Fixtures.imageIds());
    for (JsonNode c : Fixtures.read(Fixtures.ROOT.resolve("captions.json"))) {
      assertThat(ids).contains(c.path("id").asText());
    }
  }
}
