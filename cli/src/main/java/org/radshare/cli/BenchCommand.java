/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radshare.core.evaluation.Benchmark;
import org.radshare.core.evaluation.BenchmarkReport;
import org.radshare.core.evaluation.CaptionBenchmark;
import org.radshare.core.evaluation.PrecisionBenchmark;
import org.radshare.testdata.GenerateFixtures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code radshare bench}: the de-identification figures over the synthetic fixtures. A benchmark,
 * not a test: it prints, it asserts nothing.
 */
@Command(
    name = "bench",
    description = "Measure recall, leaks, false redaction, caption scores and speed on test-data.",
    mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--fixtures",
      paramLabel = "DIR",
      description = "Fixture folder (default: test-data/fixtures of this checkout).")
  Path fixtures;

  @Option(
      names = "--varied",
      paramLabel = "N",
      description =
          "Images of the randomised harder set to generate and score (default: 40; 0: none).")
  int varied = 40;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "Seed of the randomised harder set (default: 2026).")
  long seed = 2026;

  @Option(
      names = "--generated",
      paramLabel = "N",
      description =
          "Benign-only and text-free captures to generate for the precision figures"
              + " (default: ${DEFAULT-VALUE}).")
  int generated = 48;

  @Option(
      names = "--generated-seed",
      description =
          "Seed of the generated benign-only and text-free captures (default: ${DEFAULT-VALUE}).")
  long generatedSeed = 1;

  @Override
  public Integer call() throws Exception {
    Path dir = fixtures != null ? fixtures : Home.path("test-data", "fixtures");
    if (!Files.isDirectory(dir.resolve("images"))) {
      System.err.println("radshare: no fixtures at " + dir + " (expected images/ inside)");
      return RadShareCommand.EXIT_BAD_INPUT;
    }
    Benchmark bench = new Benchmark(Pipeline.service());
    BenchmarkReport report = bench.run(dir);
    report.print(System.out);
    CaptionBenchmark.print(CaptionBenchmark.bySet(dir), System.out);
    if (varied > 0) {
      bench
          .runGenerated(
              d -> {
                GenerateFixtures.writeVaried(d, seed, varied);
                System.out.printf(
                    "%nvaried set: %d images generated from seed %d%n%n", varied, seed);
              })
          .print(System.out);
    }
    new PrecisionBenchmark(Pipeline.service())
        .run(dir, generatedSeed, Math.max(0, generated))
        .print(System.out);
    return RadShareCommand.EXIT_OK;
  }
}
