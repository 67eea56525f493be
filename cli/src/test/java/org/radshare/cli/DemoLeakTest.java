/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.LeakScan;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.phi.IdentifyingAttributes;

/**
 * A full demo run, then the compliance report in every format: no identifying value from the demo
 * captures' headers appears in any file written (outbox, audit log, media copies, reports) nor in
 * what the commands printed.
 */
class DemoLeakTest {

  @TempDir Path dir;

  @Test
  void demoPostsThePassAndConfirmedReviewsAndLeaksNoHeaderValue() throws Exception {
    Path outbox = dir.resolve("outbox");
    CliRun demo = CliRun.of("demo", "--outbox", outbox.toString(), "--fixtures", fixtures());
    assertThat(demo.exit()).isZero();
    assertThat(demo.out()).contains("Posted 5, refused 3").contains("INTACT");
    Path log = outbox.resolve("audit").resolve("audit.jsonl");
    for (String format : List.of("html", "csv", "json")) {
      CliRun report =
          CliRun.of(
              "audit",
              "report",
              "--log",
              log.toString(),
              "--since",
              "2000-01-01",
              "--format",
              format,
              "--out",
              outbox.resolve("report." + format).toString());
      assertThat(report.exit()).isZero();
    }
    try (Stream<Path> posts = Files.list(outbox)) {
      // Three stills, the two-view post and the clip.
      assertThat(posts.filter(p -> Files.exists(p.resolve("post.json")))).hasSize(5);
    }

    List<String> needles = headerValues();
    assertThat(needles).hasSizeGreaterThan(30);
    assertThat(LeakScan.scan(outbox, needles)).isEmpty();
    for (String needle : needles) {
      assertThat(demo.out() + demo.err()).doesNotContainIgnoringCase(needle);
    }
  }

  private static String fixtures() {
    return ScanContractTest.FIXTURES.getParent().toString();
  }

  /** Identifying values (4+ characters; name parts separately) of every demo capture's header. */
  private static List<String> headerValues() throws Exception {
    JsonNode cases;
    try (InputStream in = DemoCommand.class.getResourceAsStream("demo-cases.json")) {
      cases = new ObjectMapper().readTree(in);
    }
    List<Path> headers = new ArrayList<>();
    for (JsonNode c : cases) {
      headers.add(ScanContractTest.FIXTURES.resolve(c.get("fixture").asText() + ".header.json"));
    }
    // The demo's clip is a scroll through this CT series.
    headers.add(ScanContractTest.FIXTURES.resolveSibling("cine").resolve("cine-001.header.json"));
    Set<String> values = new LinkedHashSet<>();
    for (Path header : headers) {
      Dataset dataset = HeaderFiles.read(header);
      for (Dataset.TaggedText t : dataset.texts()) {
        var row = IdentifyingAttributes.of(t.tag());
        if (row.isEmpty()
            || row.get().kind() == IdentifyingAttributes.Kind.UID
            || row.get().kind() == IdentifyingAttributes.Kind.FREE_TEXT) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        if (row.get().kind() == IdentifyingAttributes.Kind.NAME) {
          parts.addAll(List.of(t.text().split("[\\^ ,=]+")));
        } else {
          parts.add(t.text().strip());
        }
        parts.stream().map(String::strip).filter(p -> p.length() >= 4).forEach(values::add);
      }
    }
    return new ArrayList<>(values);
  }
}
