package org.radshare.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.capture.ImageFiles;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.share.ShareInput;
import picocli.CommandLine.Option;

/** The inputs {@code scan} and {@code redact} share: an image, its DICOM JSON header, a caption. */
final class InputOptions {

  @Option(names = "--image", required = true, paramLabel = "IN", description = "Image file.")
  Path image;

  @Option(
      names = "--header",
      paramLabel = "H.json",
      description = "DICOM JSON dataset (PS3.18 F.2) of the image.")
  Path header;

  @Option(names = "--caption", paramLabel = "TEXT", description = "Caption to check.")
  String caption = "";

  ShareInput load() throws BadInputException {
    BufferedImage pixels = ImageFiles.read(image);
    Optional<Dataset> dataset =
        header == null ? Optional.empty() : Optional.of(HeaderFiles.read(header));
    return new ShareInput(pixels, dataset, caption);
  }
}
