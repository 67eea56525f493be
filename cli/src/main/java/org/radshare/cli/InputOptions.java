/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.capture.ImageFiles;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.cine.FrameFiles;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.share.ShareInput;
import picocli.CommandLine.Option;

/**
 * The inputs {@code scan} and {@code redact} share: an image (or a clip's frames), its DICOM JSON
 * header, a caption.
 */
final class InputOptions {

  @Option(
      names = "--image",
      paramLabel = "IN",
      description =
          "Image file. Repeat it, or give a folder, to check several images in one call: one"
              + " JSON object per line (JSON Lines).")
  List<Path> images = new ArrayList<>();

  @Option(
      names = "--frames",
      paramLabel = "DIR_OR_MULTIFRAME",
      description =
          "A clip instead of --image: a folder of frame images (name order) or an animated GIF"
              + " or multi-page TIFF.")
  Path frames;

  @Option(
      names = "--frame-ms",
      paramLabel = "MS",
      description = "Display time of one frame of --frames (default: ${DEFAULT-VALUE}).")
  int frameMillis = 100;

  @Option(
      names = "--header",
      paramLabel = "H.json",
      description = "DICOM JSON dataset (PS3.18 F.2) of the image.")
  Path header;

  @Option(names = "--caption", paramLabel = "TEXT", description = "Caption to check.")
  String caption = "";

  /** Whether the input is a clip (--frames) rather than a still (--image). */
  boolean clip() throws BadInputException {
    if (images.isEmpty() == (frames == null)) {
      throw new BadInputException("give exactly one of --image or --frames");
    }
    return frames != null;
  }

  ClipInput loadClip() throws BadInputException {
    FrameSet set = FrameFiles.read(frames, frameMillis);
    return new ClipInput(set, header(), caption);
  }

  private Optional<Dataset> header() throws BadInputException {
    return header == null ? Optional.empty() : Optional.of(HeaderFiles.read(header));
  }

  /** Whether several images are checked in one call (more than one --image, or a folder). */
  boolean batch() {
    return images.size() > 1 || (images.size() == 1 && Files.isDirectory(images.get(0)));
  }

  /** The single image's input. */
  ShareInput load() throws BadInputException {
    clip();
    return load(images.get(0), header());
  }

  /** One image of a batch, with the header read once for all of them. */
  ShareInput load(Path image, Optional<Dataset> dataset) throws BadInputException {
    return new ShareInput(ImageFiles.read(image), dataset, caption);
  }

  /** The header given for every image of a batch, read once. */
  Optional<Dataset> batchHeader() throws BadInputException {
    return header();
  }

  /**
   * The image files of a batch in the order given, each folder contributing its image files in name
   * order (hidden files skipped). A folder without images, or a path that is neither, is bad input.
   */
  List<Path> imageFiles() throws BadInputException {
    List<Path> files = new ArrayList<>();
    for (Path p : images) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> listing = Files.list(p)) {
          List<Path> inside =
              listing
                  .filter(Files::isRegularFile)
                  .filter(f -> !f.getFileName().toString().startsWith("."))
                  .filter(InputOptions::imageName)
                  .sorted()
                  .toList();
          if (inside.isEmpty()) {
            throw new BadInputException("folder " + p + " holds no image files");
          }
          files.addAll(inside);
        } catch (IOException e) {
          throw new BadInputException("folder " + p + " cannot be listed", e);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  private static boolean imageName(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return IMAGE_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  private static final List<String> IMAGE_SUFFIXES =
      List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp", ".wbmp");
}
