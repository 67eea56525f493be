/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.radshare.core.phi.PhiMatcher;

/**
 * The pixel step for the many frames of one clip. Frames of a scroll mostly repeat the same
 * overlay, so this reader keeps one OCR cache for the whole clip: a text line whose prepared crop
 * is byte-identical to one already read is not read again. It also exposes the cheap, OCR-free
 * glyph lines of a frame, which the clip checker compares between frames to find the ones whose
 * text changed.
 *
 * <p>{@link #textLines} may be called from several threads at once; {@link #detect} may not: one
 * reader per clip check.
 */
public final class FrameReader {
  private final PixelScanner scanner;
  private final RegionClassifier classifier;
  private final Map<OcrCrop, List<OcrWord>> readings = new HashMap<>();
  // Frames are compared (glyph lines only) before the changed ones are read: detect glyphs once.
  // Keyed by image identity (BufferedImage keeps Object's equals); lives as long as one clip check.
  private final Map<BufferedImage, List<TextLineGrouper.Line>> lineCache =
      new ConcurrentHashMap<>();

  public FrameReader(PixelScanner scanner, PhiMatcher phi) {
    this.scanner = scanner;
    this.classifier = new RegionClassifier(phi);
  }

  /**
   * The boxes of the text-like lines the glyph detector sees in {@code rgb} (an image from {@link
   * ImageNormalizer}), without any OCR. The lines are kept (per image object) so that a later
   * {@link #detect} of the same image does not detect them again: do not modify an image after
   * passing it here.
   */
  public List<Box> textLines(BufferedImage rgb) {
    List<Box> boxes = new ArrayList<>();
    for (TextLineGrouper.Line line : lines(rgb)) {
      boxes.add(line.box());
    }
    return boxes;
  }

  /** The glyph lines of {@code rgb}, detected once per image object for this clip. */
  private List<TextLineGrouper.Line> lines(BufferedImage rgb) {
    if (rgb.getWidth() < GlyphDetector.MIN_HEIGHT || rgb.getHeight() < GlyphDetector.MIN_HEIGHT) {
      return List.of();
    }
    return lineCache.computeIfAbsent(rgb, TextFinder::lines);
  }

  /**
   * Reads, in as few OCR calls as possible, every horizontal line crop of {@code images} not read
   * yet for this clip, so that the {@link #detect} of each image that follows finds its lines
   * already read. A call has a fixed cost that dwarfs reading one short line, and a changed frame
   * of a scroll usually has only one or two new lines.
   */
  public void readAhead(List<BufferedImage> images) throws OcrUnavailableException {
    List<OcrCrop> crops =
        images.parallelStream()
            .flatMap(image -> TextFinder.horizontalCrops(image, lines(image)).stream())
            .toList();
    LineBatch.readInto(scanner.ocr(), crops, readings);
  }

  /**
   * Every classified text region of {@code rgb} (an image from {@link ImageNormalizer}): each glyph
   * line read by OCR (or served from this clip's cache when its crop is byte-identical), plus the
   * whole-image OCR pass when {@code pagePass}.
   */
  public List<TextRegion> detect(BufferedImage rgb, boolean pagePass)
      throws OcrUnavailableException {
    return new TextFinder(scanner.ocr(), classifier, readings).find(rgb, lines(rgb), pagePass);
  }

  /** How many distinct line crops OCR has read so far for this clip. */
  public int linesRead() {
    return readings.size();
  }
}
