package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radshare.core.phi.PhiMatcher;

/**
 * The pixel step for the many frames of one clip. Frames of a scroll mostly repeat the same
 * overlay, so this reader keeps one OCR cache for the whole clip: a text line whose prepared crop
 * is byte-identical to one already read is not read again. It also exposes the cheap, OCR-free
 * glyph lines of a frame, which the clip checker compares between frames to find the ones whose
 * text changed.
 *
 * <p>Not thread-safe: one reader per clip check.
 */
public final class FrameReader {
  private final PixelScanner scanner;
  private final PhiMatcher phi;
  private final Map<OcrCrop, List<OcrWord>> readings = new HashMap<>();

  public FrameReader(PixelScanner scanner, PhiMatcher phi) {
    this.scanner = scanner;
    this.phi = phi;
  }

  /**
   * The boxes of the text-like lines the glyph detector sees in {@code rgb} (an image from {@link
   * ImageNormalizer}), without any OCR.
   */
  public static List<Box> textLines(BufferedImage rgb) {
    if (rgb.getWidth() < GlyphDetector.MIN_HEIGHT || rgb.getHeight() < GlyphDetector.MIN_HEIGHT) {
      return List.of();
    }
    List<Box> boxes = new ArrayList<>();
    for (TextLineGrouper.Line line :
        CandidateMerger.merge(rgb, TextLineGrouper.group(GlyphDetector.detect(rgb)))) {
      boxes.add(line.box());
    }
    return boxes;
  }

  /**
   * Every classified text region of {@code rgb} (an image from {@link ImageNormalizer}): each glyph
   * line read by OCR (or served from this clip's cache when its crop is byte-identical), plus the
   * whole-image OCR pass when {@code pagePass}.
   */
  public List<TextRegion> detect(BufferedImage rgb, boolean pagePass)
      throws OcrUnavailableException {
    return new TextFinder(scanner.ocr(), phi, readings).find(rgb, pagePass);
  }

  /** How many distinct line crops OCR has read so far for this clip. */
  public int linesRead() {
    return readings.size();
  }
}
