/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.radshare.core.pixel.Box;

/**
 * Loads the committed synthetic fixtures ({@code test-data/fixtures}): images with their truth
 * files and the caption cases. The layout is the generator's contract (test-data/README.md).
 */
public final class Fixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** Every image fixture, sorted by id. */
  public static List<ImageFixture> images(Path fixturesDir) throws IOException {
    Path dir = fixturesDir.resolve("images");
    List<Path> truths;
    try (Stream<Path> files = Files.list(dir)) {
      truths = files.filter(p -> p.toString().endsWith(".truth.json")).sorted().toList();
    }
    List<ImageFixture> out = new ArrayList<>();
    for (Path truth : truths) {
      String id = truth.getFileName().toString().replace(".truth.json", "");
      JsonNode root = JSON.readTree(truth.toFile());
      List<TruthRegion> regions = new ArrayList<>();
      for (JsonNode r : root.path("regions")) {
        regions.add(
            new TruthRegion(
                new Box(
                    r.get("x").asInt(),
                    r.get("y").asInt(),
                    r.get("width").asInt(),
                    r.get("height").asInt()),
                r.path("text").asText(""),
                r.path("phi").asBoolean(),
                r.path("category").isNull() ? null : r.path("category").asText(null)));
      }
      out.add(
          new ImageFixture(
              id,
              root.path("kind").asText(""),
              dir.resolve(root.path("image").asText(id + ".png")),
              dir.resolve(id + ".header.json"),
              root.path("width").asInt(),
              root.path("height").asInt(),
              regions));
    }
    return out;
  }

  /** Every caption case in {@code captions.json}. */
  public static List<CaptionCase> captions(Path fixturesDir) throws IOException {
    return captions(fixturesDir, "captions.json");
  }

  /** Every caption case in the caption set {@code file} (headers under {@code images/}). */
  public static List<CaptionCase> captions(Path fixturesDir, String file) throws IOException {
    JsonNode root = JSON.readTree(fixturesDir.resolve(file).toFile());
    Path images = fixturesDir.resolve("images");
    List<CaptionCase> out = new ArrayList<>();
    for (JsonNode c : root) {
      List<CaptionCase.Expected> phi = new ArrayList<>();
      for (JsonNode p : c.path("phi")) {
        phi.add(new CaptionCase.Expected(p.path("text").asText(), p.path("category").asText()));
      }
      String header = c.path("header").asText("");
      out.add(
          new CaptionCase(
              c.path("id").asText(),
              header.isEmpty() ? null : images.resolve(header),
              c.path("caption").asText(""),
              phi));
    }
    return out;
  }
}
