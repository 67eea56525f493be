/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.capture.ImageFiles;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.encode.CleanImageEncoder;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.CheckedShare;
import org.radshare.core.share.ScanReport;
import org.radshare.core.share.ShareInput;
import org.radshare.core.share.ShareService;

/**
 * {@code scan} and {@code redact} over several images in one call (repeated {@code --image}, or a
 * folder): one warm engine for all of them, one JSON object per line. Every image is decoded and
 * checked for bad input before anything is printed or written, so a broken file in the batch gets
 * the usual one-line error and exit 2 and changes nothing.
 */
final class BatchCommands {
  /** Decoded images kept from the input check up to this many pixels; later ones are re-read. */
  private static final long KEEP_PIXELS = 50_000_000L;

  private BatchCommands() {}

  static int scan(InputOptions input, PrintStream out) throws BadInputException {
    Inputs inputs = Inputs.read(input);
    ShareService service = Pipeline.service();
    for (Path file : inputs.files()) {
      CheckedShare checked = service.check(inputs.load(file, input));
      ScanReport report = checked.report();
      out.println(
          ScanJson.renderLine(
              file.toString(),
              report.verdict(),
              report.regions(),
              report.captionFindings(),
              report.elapsedMillis(),
              checked.window(),
              Optional.empty()));
    }
    return RadShareCommand.EXIT_OK;
  }

  static int redact(InputOptions input, Path outDir, PrintStream out)
      throws BadInputException, IOException {
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new BadInputException("with several images, --out must be a folder: " + outDir);
    }
    Inputs inputs = Inputs.read(input);
    Map<Path, Path> targets = targets(inputs.files(), outDir);
    Files.createDirectories(outDir);
    ShareService service = Pipeline.service();
    for (Path file : inputs.files()) {
      CheckedShare checked = service.check(inputs.load(file, input));
      ScanReport report = checked.report();
      Optional<String> written = Optional.empty();
      if (checked.redacted().isPresent() && report.verdict() != Verdict.BLOCK) {
        Path target = targets.get(file);
        RedactCommand.writeAtomically(
            CleanImageEncoder.png(checked.redacted().get()).bytes(), target);
        written = Optional.of(target.toString());
      }
      out.println(
          ScanJson.renderLine(
              file.toString(),
              report.verdict(),
              checked.outputRegions(),
              report.captionFindings(),
              report.elapsedMillis(),
              checked.window(),
              Optional.of(written)));
    }
    return RadShareCommand.EXIT_OK;
  }

  /**
   * Each input's output file: its name with {@code .png} (lossless, whatever the input format). Two
   * inputs that would write one file, or an output that would replace an input, are refused.
   */
  private static Map<Path, Path> targets(List<Path> files, Path outDir) throws BadInputException {
    Map<Path, Path> targets = new HashMap<>();
    Map<Path, Path> claimed = new HashMap<>();
    List<Path> inputs = files.stream().map(f -> f.toAbsolutePath().normalize()).toList();
    for (Path f : files) {
      String name = f.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String stem = dot > 0 ? name.substring(0, dot) : name;
      Path target = outDir.resolve(stem + ".png");
      Path key = target.toAbsolutePath().normalize();
      Path other = claimed.putIfAbsent(key, f);
      if (other != null) {
        throw new BadInputException(
            "images " + other + " and " + f + " would both be written to " + target);
      }
      if (inputs.contains(key)) {
        throw new BadInputException("writing " + target + " would replace an input image");
      }
      targets.put(f, target);
    }
    return targets;
  }

  /** The batch's files, all decoded once up front (bad input is found before any output). */
  private record Inputs(List<Path> files, Map<Path, BufferedImage> kept, Optional<Dataset> header) {

    static Inputs read(InputOptions input) throws BadInputException {
      List<Path> files = input.imageFiles();
      Optional<Dataset> header = input.batchHeader();
      Map<Path, BufferedImage> kept = new HashMap<>();
      long pixels = 0;
      for (Path f : files) {
        BufferedImage image = ImageFiles.read(f);
        pixels += (long) image.getWidth() * image.getHeight();
        if (pixels <= KEEP_PIXELS) {
          kept.put(f, image);
        }
      }
      return new Inputs(List.copyOf(files), kept, header);
    }

    /** The image's input; a file dropped from memory is read again (and checked again). */
    ShareInput load(Path file, InputOptions input) throws BadInputException {
      BufferedImage image = kept.remove(file);
      return image != null
          ? new ShareInput(image, header, input.caption)
          : input.load(file, header);
    }
  }
}
