/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.util.concurrent.Callable;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.share.CheckedShare;
import org.radshare.core.share.ScanReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code radshare scan}: runs every check on an image and caption and reports what it found. */
@Command(
    name = "scan",
    description = "Check an image (and caption) for patient identifiers.",
    mixinStandardHelpOptions = true)
final class ScanCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(
      names = "--json",
      description =
          "Print the scan report as one JSON object (several images: always one per line).")
  boolean json;

  @Override
  public Integer call() {
    Pipeline.warmUp();
    try {
      return checked();
    } finally {
      Pipeline.settle();
    }
  }

  private Integer checked() {
    try {
      if (input.clip()) {
        return ClipCommands.scan(input.loadClip(), json, System.out);
      }
      if (input.batch()) {
        return BatchCommands.scan(input, System.out);
      }
      CheckedShare checked = Pipeline.service().check(input.load());
      ScanReport report = checked.report();
      if (json) {
        System.out.println(
            ScanJson.render(
                report.verdict(),
                report.regions(),
                report.captionFindings(),
                report.elapsedMillis()));
      } else {
        HumanReport.print(report, System.out);
        checked.window().ifPresent(w -> System.out.println("Pixels: " + w.describe()));
      }
      return RadShareCommand.EXIT_OK;
    } catch (BadInputException e) {
      System.err.println("radshare: " + e.getMessage());
      return RadShareCommand.EXIT_BAD_INPUT;
    }
  }
}
