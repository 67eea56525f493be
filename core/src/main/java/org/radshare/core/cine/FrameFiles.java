/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.capture.DecoderWarnings;
import org.radshare.core.capture.ImageFiles;

/**
 * Reads the frames of a clip from disk: a folder of frame images taken in file-name order, or one
 * multi-frame file (an animated GIF, a multi-page TIFF) that ImageIO can read frame by frame.
 */
public final class FrameFiles {
  private static final List<String> IMAGE_SUFFIXES =
      List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff");

  private FrameFiles() {}

  /** The frames at {@code source}, shown {@code frameMillis} each. */
  public static FrameSet read(Path source, int frameMillis) throws BadInputException {
    List<BufferedImage> frames =
        Files.isDirectory(source) ? readFolder(source) : readMultiFrame(source);
    try {
      return new FrameSet(frames, frameMillis);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("frames " + source + ": " + e.getMessage());
    }
  }

  private static List<BufferedImage> readFolder(Path dir) throws BadInputException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(p -> IMAGE_SUFFIXES.stream().anyMatch(lower(p)::endsWith))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new BadInputException("frames folder " + dir + " cannot be listed", e);
    }
    if (files.isEmpty()) {
      throw new BadInputException("frames folder " + dir + " holds no image files");
    }
    if (files.size() > FrameSet.MAX_FRAMES) {
      throw new BadInputException(
          "frames folder " + dir + " holds more than " + FrameSet.MAX_FRAMES + " images");
    }
    List<BufferedImage> frames = new ArrayList<>(files.size());
    for (Path f : files) {
      frames.add(ImageFiles.read(f));
    }
    return frames;
  }

  private static List<BufferedImage> readMultiFrame(Path file) throws BadInputException {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("frames " + file + " is neither a folder nor a file");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new BadInputException("frames " + file + " is not an image ImageIO can read");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, true);
        DecoderWarnings warnings = DecoderWarnings.watch(reader);
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < FrameSet.MAX_FRAMES + 1; i++) {
          try {
            frames.add(reader.read(i));
          } catch (IndexOutOfBoundsException end) {
            break;
          }
        }
        warnings.requireNone("frames " + file);
        if (frames.isEmpty()) {
          throw new BadInputException("frames " + file + " holds no frames");
        }
        return frames;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new BadInputException("frames " + file + " is truncated or corrupt", e);
    }
  }

  private static String lower(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
