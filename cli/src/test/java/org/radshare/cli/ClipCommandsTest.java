/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.encode.video.GifBlocks;

/** {@code scan|redact --frames}: the still's contract, with a frame index on clip regions. */
class ClipCommandsTest {
  static final Path CINE = Path.of("..", "test-data", "fixtures", "cine");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void scanFramesKeepsTheJsonContractAndNamesFrames() throws Exception {
    CliRun run =
        CliRun.of(
            "scan",
            "--frames",
            CINE.resolve("cine-002").toString(),
            "--header",
            CINE.resolve("cine-002.header.json").toString(),
            "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly("verdict", "textRegions", "captionFindings", "elapsedMillis");
    assertThat(root.get("verdict").asText()).isEqualTo("REVIEW");
    List<String> matched = new ArrayList<>();
    List<Integer> frames = new ArrayList<>();
    for (JsonNode r : root.get("textRegions")) {
      r.get("matches").forEach(m -> matched.add(m.asText()));
      if (r.has("frame")) {
        frames.add(r.get("frame").asInt());
      }
    }
    assertThat(matched).contains("PatientName", "PatientID", "InstitutionName");
    assertThat(frames).isNotEmpty().allMatch(f -> f >= 0 && f < 24);
  }

  @Test
  void redactFramesWritesAMetadataFreeGifThatScansAgainAsAClip(@TempDir Path dir) throws Exception {
    Path gif = dir.resolve("clip.gif");
    CliRun run =
        CliRun.of(
            "redact",
            "--frames",
            CINE.resolve("cine-001").toString(),
            "--header",
            CINE.resolve("cine-001.header.json").toString(),
            "--out",
            gif.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Written: ");
    assertThat(GifBlocks.check(Files.readAllBytes(gif))).isEqualTo(24);

    CliRun again =
        CliRun.of(
            "scan",
            "--frames",
            gif.toString(),
            "--header",
            CINE.resolve("cine-001.header.json").toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("Frames: 24").doesNotContain("PatientName");
  }

  @Test
  void imageAndFramesTogetherOrAStillOutputForAClipAreBadInput(@TempDir Path dir) {
    CliRun both =
        CliRun.of(
            "scan",
            "--image",
            CINE.resolve("cine-001/frame-000.png").toString(),
            "--frames",
            CINE.resolve("cine-001").toString());
    assertThat(both.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
    assertThat(both.err()).contains("exactly one of --image or --frames");

    CliRun png =
        CliRun.of(
            "redact",
            "--frames",
            CINE.resolve("cine-001").toString(),
            "--out",
            dir.resolve("x.png").toString());
    assertThat(png.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
    assertThat(png.err()).contains(".mp4 or .gif");
    assertThat(dir.resolve("x.png")).doesNotExist();
  }
}
