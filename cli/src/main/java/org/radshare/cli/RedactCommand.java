/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.encode.CleanImageEncoder;
import org.radshare.core.encode.EncodedImage;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.CheckedShare;
import org.radshare.core.share.ScanReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code radshare redact}: writes the image exactly as it would be posted — redacted, re-encoded
 * from raw pixels, metadata-free. Nothing is written when the verdict is BLOCK or the pixels could
 * not be checked: an output file always means a checked image.
 */
@Command(
    name = "redact",
    description = "Write the image exactly as it would be posted (redacted, metadata-free).",
    mixinStandardHelpOptions = true)
final class RedactCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "OUT.png",
      description =
          "Output file (.png, or .jpg/.jpeg; .mp4 or .gif with --frames); with several images,"
              + " a folder that receives NAME.png for each input.")
  Path out;

  @Option(names = "--json", description = "Print the scan report of the result as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Pipeline.warmUp();
    try {
      return checked();
    } finally {
      Pipeline.settle();
    }
  }

  private Integer checked() throws IOException {
    try {
      if (input.clip()) {
        return ClipCommands.redact(input.loadClip(), out, json, System.out);
      }
      if (input.batch()) {
        return BatchCommands.redact(input, out, System.out);
      }
    } catch (BadInputException e) {
      System.err.println("radshare: " + e.getMessage());
      return RadShareCommand.EXIT_BAD_INPUT;
    }
    String name = out.getFileName() == null ? "" : out.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    boolean jpeg = lower.endsWith(".jpg") || lower.endsWith(".jpeg");
    if (!jpeg && !lower.endsWith(".png")) {
      System.err.println("radshare: --out must end in .png, .jpg or .jpeg: " + out);
      return RadShareCommand.EXIT_BAD_INPUT;
    }
    if (Files.isDirectory(out)) {
      System.err.println("radshare: --out is a directory: " + out);
      return RadShareCommand.EXIT_BAD_INPUT;
    }
    CheckedShare checked;
    try {
      checked = Pipeline.service().check(input.load());
    } catch (BadInputException e) {
      System.err.println("radshare: " + e.getMessage());
      return RadShareCommand.EXIT_BAD_INPUT;
    }
    ScanReport report = checked.report();
    boolean writable = checked.redacted().isPresent() && report.verdict() != Verdict.BLOCK;
    if (writable) {
      EncodedImage encoded =
          jpeg
              ? CleanImageEncoder.jpeg(checked.redacted().get(), 0.92f)
              : CleanImageEncoder.png(checked.redacted().get());
      writeAtomically(encoded.bytes(), out);
    } else {
      System.err.println(
          "radshare: not written: verdict "
              + report.verdict()
              + (report.reasons().isEmpty() ? "" : " — " + report.reasons().get(0).message()));
    }
    if (json) {
      System.out.println(
          ScanJson.render(
              report.verdict(),
              checked.outputRegions(),
              report.captionFindings(),
              report.elapsedMillis()));
    } else {
      HumanReport.print(report, System.out);
      checked.window().ifPresent(w -> System.out.println("Pixels: " + w.describe()));
      if (writable) {
        System.out.println("Written: " + out);
      }
    }
    return RadShareCommand.EXIT_OK;
  }

  static void writeAtomically(byte[] bytes, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".radshare-", ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
