/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.radshare.testdata.header.Tag;

class ImageFixturesTest {

  private static final Set<String> KINDS =
      Set.of("ct", "mr", "us", "xray", "screenshot", "document", "negative");

  @Test
  void everyImageHasAHeaderAndATruthFileAndNothingIsOrphaned() throws IOException {
    List<String> ids = Fixtures.imageIds();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(40);
    for (String id : ids) {
      assertThat(Fixtures.IMAGES.resolve(id + ".header.json")).exists();
      assertThat(Fixtures.IMAGES.resolve(id + ".truth.json")).exists();
    }
    try (var files = Files.list(Fixtures.IMAGES)) {
      assertThat(files.map(p -> p.getFileName().toString().replaceAll("\\..*", "")))
          .allSatisfy(stem -> assertThat(ids).contains(stem));
    }
  }

  @Test
  void truthDescribesItsImageAndEveryBoxLiesInsideIt() throws IOException {
    for (String id : Fixtures.imageIds()) {
      JsonNode t = Fixtures.truth(id);
      BufferedImage img = ImageIO.read(Fixtures.IMAGES.resolve(id + ".png").toFile());
      assertThat(img.getType()).as(id).isIn(BufferedImage.TYPE_3BYTE_BGR);
      assertThat(t.path("image").asText()).isEqualTo(id + ".png");
      assertThat(t.path("width").asInt()).as(id).isEqualTo(img.getWidth());
      assertThat(t.path("height").asInt()).as(id).isEqualTo(img.getHeight());
      assertThat(KINDS).contains(t.path("kind").asText());
      for (JsonNode r : t.path("regions")) {
        int x = r.path("x").asInt();
        int y = r.path("y").asInt();
        int w = r.path("width").asInt();
        int h = r.path("height").asInt();
        assertThat(w).as(id + " " + r).isPositive();
        assertThat(h).as(id + " " + r).isPositive();
        assertThat(x).as(id + " " + r).isNotNegative();
        assertThat(y).as(id + " " + r).isNotNegative();
        assertThat(x + w).as(id + " " + r).isLessThanOrEqualTo(img.getWidth());
        assertThat(y + h).as(id + " " + r).isLessThanOrEqualTo(img.getHeight());
        assertThat(r.path("text").asText()).as(id).isNotBlank();
        assertThat(r.path("phi").isBoolean()).as(id + " " + r).isTrue();
        if (!r.path("phi").asBoolean()) {
          assertThat(r.path("category").isNull()).as(id + " benign " + r).isTrue();
        }
      }
    }
  }

  @Test
  void everyPhiCategoryNamesAHeaderAttributeWhoseValueTheTextRelatesTo() {
    int checked = 0;
    for (String id : Fixtures.imageIds()) {
      JsonNode header = Fixtures.header(id);
      for (JsonNode r : Fixtures.truth(id).path("regions")) {
        String category = r.path("category").isNull() ? null : r.path("category").asText();
        if (!r.path("phi").asBoolean() || category == null) {
          continue;
        }
        if (Fixtures.SAFE_HARBOR.contains(category)) {
          continue;
        }
        Tag tag = Tag.byKeyword(category).orElseThrow(() -> new AssertionError(id + ": " + r));
        JsonNode attr = header.path(tag.hex());
        assertThat(attr.isObject()).as(id + " header has " + category).isTrue();
        assertThat(HeaderRelation.relates(r.path("text").asText(), attr))
            .as(id + ": '" + r.path("text").asText() + "' from " + category + " " + attr)
            .isTrue();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(150);
  }

  @Test
  void everyTextRegionStandsOutFromWhatSurroundsIt() throws IOException {
    // Guards against text drawn in the background's own colour: the truth would list text that
    // no one, human or detector, could see.
    for (String id : Fixtures.imageIds()) {
      BufferedImage img = ImageIO.read(Fixtures.IMAGES.resolve(id + ".png").toFile());
      for (JsonNode r : Fixtures.truth(id).path("regions")) {
        assertThat(contrast(img, r)).as(id + " " + r).isGreaterThanOrEqualTo(40);
      }
    }
  }

  /** The largest per-channel spread of values in the box grown by one pixel. */
  static int contrast(BufferedImage img, JsonNode r) {
    int x0 = Math.max(0, r.path("x").asInt() - 1);
    int y0 = Math.max(0, r.path("y").asInt() - 1);
    int x1 = Math.min(img.getWidth(), r.path("x").asInt() + r.path("width").asInt() + 1);
    int y1 = Math.min(img.getHeight(), r.path("y").asInt() + r.path("height").asInt() + 1);
    int best = 0;
    for (int shift = 0; shift < 24; shift += 8) {
      int min = 255;
      int max = 0;
      for (int y = y0; y < y1; y++) {
        for (int x = x0; x < x1; x++) {
          int v = (img.getRGB(x, y) >> shift) & 0xFF;
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      best = Math.max(best, max - min);
    }
    return best;
  }

  @Test
  void noTwoTextRegionsOfAnImageOverlap() {
    // Overlapping strings would make it ambiguous which text a detected box belongs to.
    for (String id : Fixtures.imageIds()) {
      List<JsonNode> rs = stream(Fixtures.truth(id).path("regions")).toList();
      for (int i = 0; i < rs.size(); i++) {
        for (int j = i + 1; j < rs.size(); j++) {
          assertThat(overlap(rs.get(i), rs.get(j)))
              .as(id + ": " + rs.get(i).path("text") + " / " + rs.get(j).path("text"))
              .isFalse();
        }
      }
    }
  }

  private static boolean overlap(JsonNode a, JsonNode b) {
    return a.path("x").asInt() < b.path("x").asInt() + b.path("width").asInt()
        && b.path("x").asInt() < a.path("x").asInt() + a.path("width").asInt()
        && a.path("y").asInt() < b.path("y").asInt() + b.path("height").asInt()
        && b.path("y").asInt() < a.path("y").asInt() + a.path("height").asInt();
  }

  @Test
  void kindsAreVariedAndNegativesCarryNoPhi() {
    Map<String, Integer> perKind = new HashMap<>();
    for (String id : Fixtures.imageIds()) {
      JsonNode t = Fixtures.truth(id);
      String kind = t.path("kind").asText();
      perKind.merge(kind, 1, Integer::sum);
      boolean anyPhi = false;
      for (JsonNode r : t.path("regions")) {
        anyPhi |= r.path("phi").asBoolean();
      }
      assertThat(anyPhi).as(id).isEqualTo(!kind.equals("negative"));
    }
    assertThat(perKind.keySet()).isEqualTo(KINDS);
    assertThat(perKind.get("negative")).isGreaterThanOrEqualTo(6);
  }

  @Test
  void fixturesSpanManyFontSizesAndIncludeTinyText() {
    Set<Integer> heights =
        Fixtures.imageIds().stream()
            .flatMap(id -> stream(Fixtures.truth(id).path("regions")))
            .filter(r -> r.path("phi").asBoolean())
            .map(r -> r.path("height").asInt())
            .collect(Collectors.toSet());
    assertThat(heights.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThan(9);
    assertThat(heights).hasSizeGreaterThan(10);
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false);
  }
}
