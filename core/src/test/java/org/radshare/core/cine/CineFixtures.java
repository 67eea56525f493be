/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.pixel.Box;

/** The synthetic clips of test-data/fixtures/cine, with their per-frame truth. */
final class CineFixtures {
  static final Path DIR = Path.of("..", "test-data", "fixtures", "cine");

  private CineFixtures() {}

  /** One burned-in string on one frame. */
  record Truth(int frame, Box box, String text, boolean phi) {}

  static ClipInput input(String id) throws BadInputException {
    return new ClipInput(
        FrameFiles.read(DIR.resolve(id), 100),
        Optional.of(HeaderFiles.read(DIR.resolve(id + ".header.json"))),
        "");
  }

  static List<Truth> truth(String id) throws IOException {
    JsonNode root = new ObjectMapper().readTree(DIR.resolve(id + ".truth.json").toFile());
    List<Truth> out = new ArrayList<>();
    for (JsonNode frame : root.get("frames")) {
      for (JsonNode r : frame.get("regions")) {
        out.add(
            new Truth(
                frame.get("index").asInt(),
                new Box(
                    r.get("x").asInt(),
                    r.get("y").asInt(),
                    r.get("width").asInt(),
                    r.get("height").asInt()),
                r.get("text").asText(),
                r.get("phi").asBoolean()));
      }
    }
    return out;
  }
}
