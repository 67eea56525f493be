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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.radshare.testdata.header.Tag;

class CineFixturesTest {

  @Test
  void everyClipHasContiguousFramesOfOneSizeAHeaderAndATruthPerFrame() throws IOException {
    List<String> ids = Fixtures.clipIds();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
    for (String id : ids) {
      Path dir = Fixtures.CINE.resolve(id);
      List<String> names;
      try (Stream<Path> files = Files.list(dir)) {
        names = files.map(p -> p.getFileName().toString()).sorted().toList();
      }
      JsonNode truth = Fixtures.read(Fixtures.CINE.resolve(id + ".truth.json"));
      JsonNode header = Fixtures.read(Fixtures.CINE.resolve(id + ".header.json"));
      assertThat(truth.path("frames").size()).as(id).isEqualTo(names.size()).isGreaterThan(1);
      assertThat(header.path(Tag.NumberOfFrames.hex()).path("Value").get(0).asInt())
          .isEqualTo(names.size());
      for (int i = 0; i < names.size(); i++) {
        assertThat(names.get(i)).isEqualTo(String.format("frame-%03d.png", i));
        BufferedImage img = ImageIO.read(dir.resolve(names.get(i)).toFile());
        assertThat(img.getWidth()).isEqualTo(truth.path("width").asInt());
        assertThat(img.getHeight()).isEqualTo(truth.path("height").asInt());
        JsonNode frame = truth.path("frames").get(i);
        assertThat(frame.path("index").asInt()).isEqualTo(i);
        for (JsonNode r : frame.path("regions")) {
          assertInside(id + "#" + i, r, img);
          assertThat(ImageFixturesTest.contrast(img, r))
              .as(id + "#" + i + " " + r)
              .isGreaterThan(40);
          assertRelatesToHeader(id + "#" + i, r, header);
        }
      }
    }
  }

  @Test
  void clipsWithPhiHaveAStaticNameAOneFrameNameACounterAndAMovingLabel() {
    int withPhi = 0;
    for (String id : Fixtures.clipIds()) {
      JsonNode truth = Fixtures.read(Fixtures.CINE.resolve(id + ".truth.json"));
      int frames = truth.path("frames").size();
      Map<String, Set<String>> boxesOfName = new HashMap<>();
      Map<String, Integer> framesOfName = new HashMap<>();
      Set<String> benignTexts = new HashSet<>();
      Set<String> benignBoxes = new HashSet<>();
      boolean anyPhi = false;
      for (JsonNode f : truth.path("frames")) {
        for (JsonNode r : f.path("regions")) {
          String box =
              r.path("x") + "," + r.path("y") + "," + r.path("width") + "," + r.path("height");
          if (r.path("phi").asBoolean()) {
            anyPhi = true;
            if ("PatientName".equals(r.path("category").asText())) {
              String t = r.path("text").asText();
              boxesOfName.computeIfAbsent(t, k -> new HashSet<>()).add(box);
              framesOfName.merge(t, 1, Integer::sum);
            }
          } else {
            benignTexts.add(r.path("text").asText());
            benignBoxes.add(r.path("text").asText().replaceAll("[0-9.]", "#") + "@" + box);
          }
        }
      }
      if (truth.path("kind").asText().equals("negative")) {
        assertThat(anyPhi).as(id).isFalse();
        continue;
      }
      withPhi++;
      assertThat(framesOfName.values()).as(id + " static name").contains(frames);
      assertThat(framesOfName.values()).as(id + " one-frame name").contains(1);
      String staticName =
          framesOfName.entrySet().stream()
              .filter(e -> e.getValue() == frames)
              .findFirst()
              .orElseThrow()
              .getKey();
      assertThat(boxesOfName.get(staticName)).as(id + " static box").hasSize(1);
      assertThat(benignTexts).as(id + " changing counter").hasSizeGreaterThan(frames);
      List<String> moving = new ArrayList<>(benignBoxes);
      assertThat(moving.stream().filter(b -> b.contains("cm@")).count())
          .as(id + " moving caliper label")
          .isGreaterThan(frames / 2);
    }
    assertThat(withPhi).isGreaterThanOrEqualTo(2);
  }

  private static void assertInside(String where, JsonNode r, BufferedImage img) {
    int x = r.path("x").asInt();
    int y = r.path("y").asInt();
    int w = r.path("width").asInt();
    int h = r.path("height").asInt();
    assertThat(w > 0 && h > 0 && x >= 0 && y >= 0).as(where + " " + r).isTrue();
    assertThat(x + w <= img.getWidth() && y + h <= img.getHeight()).as(where + " " + r).isTrue();
  }

  private static void assertRelatesToHeader(String where, JsonNode r, JsonNode header) {
    if (!r.path("phi").asBoolean() || r.path("category").isNull()) {
      return;
    }
    Tag tag = Tag.byKeyword(r.path("category").asText()).orElseThrow();
    assertThat(HeaderRelation.relates(r.path("text").asText(), header.path(tag.hex())))
        .as(where + " " + r)
        .isTrue();
  }
}
