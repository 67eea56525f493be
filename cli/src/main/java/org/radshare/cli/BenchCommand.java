package org.radshare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radshare.core.evaluation.Benchmark;
import org.radshare.core.evaluation.BenchmarkReport;
import org.radshare.core.evaluation.PrecisionBenchmark;
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
      names = "--generated",
      paramLabel = "N",
      description =
          "Benign-only and text-free captures to generate for the precision figures"
              + " (default: ${DEFAULT-VALUE}).")
  int generated = 48;

  @Option(
      names = "--seed",
      description = "Seed of the generated captures (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() throws Exception {
    Path dir = fixtures != null ? fixtures : Home.path("test-data", "fixtures");
    if (!Files.isDirectory(dir.resolve("images"))) {
      System.err.println("radshare: no fixtures at " + dir + " (expected images/ inside)");
      return RadShareCommand.EXIT_BAD_INPUT;
    }
    BenchmarkReport report = new Benchmark(Pipeline.service()).run(dir);
    report.print(System.out);
    new PrecisionBenchmark(Pipeline.service())
        .run(dir, seed, Math.max(0, generated))
        .print(System.out);
    return RadShareCommand.EXIT_OK;
  }
}
