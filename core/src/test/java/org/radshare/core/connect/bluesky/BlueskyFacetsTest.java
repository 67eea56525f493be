/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlueskyFacetsTest {

  @Test
  void offsetsAreUtf8BytesNotUtf16Indices() {
    String text = "Ünïcode 日本 👍🏽 #Radiology see https://example.org/a";
    List<BlueskyFacets.Facet> facets = BlueskyFacets.find(text);
    assertThat(facets).hasSize(2);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    BlueskyFacets.Facet tag = facets.get(0);
    assertThat(tag.type()).isEqualTo("tag");
    assertThat(tag.value()).isEqualTo("Radiology");
    assertThat(
            new String(
                utf8, tag.byteStart(), tag.byteEnd() - tag.byteStart(), StandardCharsets.UTF_8))
        .isEqualTo("#Radiology");
    BlueskyFacets.Facet link = facets.get(1);
    assertThat(
            new String(
                utf8, link.byteStart(), link.byteEnd() - link.byteStart(), StandardCharsets.UTF_8))
        .isEqualTo("https://example.org/a");
    assertThat(link.byteStart()).isGreaterThan(text.indexOf("https"));
  }

  @Test
  void jsonHasTheLexiconShape() {
    var json = BlueskyFacets.toJson(BlueskyFacets.find("#MedEd"));
    assertThat(json.get(0).get("index").get("byteEnd").asInt()).isEqualTo(6);
    assertThat(json.get(0).get("features").get(0).get("$type").asText())
        .isEqualTo("app.bsky.richtext.facet#tag");
    assertThat(json.get(0).get("features").get(0).get("tag").asText()).isEqualTo("MedEd");
  }

  @Test
  void recordKeysAreSortableTidsStableForOneKey() {
    Instant t = Instant.parse("2026-11-29T00:00:00Z");
    String a = RecordKey.tid(t, "k");
    assertThat(a).hasSize(13).matches("[2-7a-z]{13}");
    assertThat(RecordKey.tid(t, "k")).isEqualTo(a);
    // The same content on the same UTC day has one key; the next day's key sorts after it.
    assertThat(RecordKey.tid(t.plusSeconds(3600), "k")).isEqualTo(a);
    assertThat(RecordKey.tid(t.plusSeconds(86_400), "k")).isGreaterThan(a);
    assertThat(RecordKey.previousDay(t.plusSeconds(86_400), "k")).isEqualTo(a);
    assertThat(RecordKey.tid(t, "other")).isNotEqualTo(a);
    assertThat(RecordKey.fromUri("at://did:plc:abc/app.bsky.feed.post/" + a)).isEqualTo(a);
  }
}
