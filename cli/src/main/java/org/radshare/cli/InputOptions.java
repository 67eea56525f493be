/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
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

  @Option(names = "--image", paramLabel = "IN", description = "Image file.")
  Path image;

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
    if ((image == null) == (frames == null)) {
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

  ShareInput load() throws BadInputException {
    clip();
    BufferedImage pixels = ImageFiles.read(image);
    Optional<Dataset> dataset =
        header == null ? Optional.empty() : Optional.of(HeaderFiles.read(header));
    return new ShareInput(pixels, dataset, caption);
  }
}
