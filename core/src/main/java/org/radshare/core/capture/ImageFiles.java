/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.capture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a user-supplied image file with the checks a hostile or broken file needs: the format is
 * sniffed from the bytes (never the name), the size is read from the header before any pixel is
 * decoded (so a decompression bomb is refused cheaply), and truncated or corrupt data is an error
 * rather than a silently half-grey image: a decoder error or any decoder warning ({@link
 * DecoderWarnings}) means the file is refused.
 */
public final class ImageFiles {

  /** Largest image accepted, in pixels: 100 megapixels (an 8000×8000 capture fits). */
  public static final long MAX_PIXELS = 100_000_000L;

  private ImageFiles() {}

  /** The first image in {@code file}, decoded. */
  public static BufferedImage read(Path file) throws BadInputException {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("image " + file + " does not exist or is not a file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException("image " + file + " is not readable");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new BadInputException("image " + file + " cannot be opened");
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new BadInputException(
            "image " + file + " is not a supported image (PNG, JPEG, BMP, GIF or WBMP)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return decode(reader, file);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // ImageIO reports truncation and corruption as IIOException, EOFException or, for some
      // malformed headers, unchecked exceptions: all of them mean the file is unusable.
      throw new BadInputException("image " + file + " is truncated or corrupt", e);
    }
  }

  private static BufferedImage decode(ImageReader reader, Path file)
      throws IOException, BadInputException {
    int width = reader.getWidth(0);
    int height = reader.getHeight(0);
    if (width < 1 || height < 1) {
      throw new BadInputException("image " + file + " has no pixels");
    }
    if ((long) width * height > MAX_PIXELS) {
      throw new BadInputException(
          String.format(
              "image %s is %d×%d, larger than the %d megapixel limit",
              file, width, height, MAX_PIXELS / 1_000_000));
    }
    DecoderWarnings warnings = DecoderWarnings.watch(reader);
    BufferedImage image = reader.read(0);
    warnings.requireNone("image " + file);
    if (image == null) {
      throw new BadInputException("image " + file + " decoded to nothing");
    }
    return image;
  }
}
