/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan contract of the README, on a committed synthetic fixture. */
class ScanContractTest {

  static final Path FIXTURES = Path.of("..", "test-data", "fixtures", "images");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void scanJsonIsOneObjectWithTheContractFields() throws Exception {
    CliRun run =
        CliRun.of(
            "scan",
            "--image",
            FIXTURES.resolve("ct-001.png").toString(),
            "--header",
            FIXTURES.resolve("ct-001.header.json").toString(),
            "--caption",
            "Seen in MÜLLER JÜRGEN today #FOAMrad",
            "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.out().strip().lines()).hasSize(1);
    JsonNode root = JSON.readTree(run.out());
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly("verdict", "textRegions", "captionFindings", "elapsedMillis");
    assertThat(root.get("verdict").asText()).isEqualTo("BLOCK");
    JsonNode region = root.get("textRegions").get(0);
    assertThat(region.has("x") && region.has("y") && region.has("width") && region.has("height"))
        .isTrue();
    assertThat(region.get("phi").isBoolean()).isTrue();
    assertThat(region.get("matches").isArray()).isTrue();
    List<String> matched = new ArrayList<>();
    root.get("textRegions").forEach(r -> r.get("matches").forEach(m -> matched.add(m.asText())));
    assertThat(matched).contains("PatientName", "PatientID");
    JsonNode finding = root.get("captionFindings").get(0);
    assertThat(finding.get("category").asText()).isEqualTo("PatientName");
    assertThat(finding.get("text").asText()).isEqualTo("MÜLLER JÜRGEN");
    assertThat(root.get("elapsedMillis").asLong()).isNotNegative();
  }

  @Test
  void benignOnlyImageWithoutHeaderNeedsReviewButFindsNoPhi() throws Exception {
    CliRun run = CliRun.of("scan", "--image", FIXTURES.resolve("neg-001.png").toString(), "--json");
    assertThat(run.exit()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("verdict").asText()).isEqualTo("REVIEW");
    root.get("textRegions")
        .forEach(r -> assertThat(r.get("classification").asText()).isNotEqualTo("PHI"));
  }

  @Test
  void humanReportNamesCategoriesNotValues() {
    CliRun run =
        CliRun.of(
            "scan",
            "--image",
            FIXTURES.resolve("ct-001.png").toString(),
            "--header",
            FIXTURES.resolve("ct-001.header.json").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Verdict: REVIEW").contains("PatientName");
    assertThat(run.out()).doesNotContain("MÜLLER").doesNotContain("JÜRGEN");
  }
}
