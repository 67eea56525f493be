/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radshare.core.phi.PhiMatcher;

/**
 * Finds, classifies and removes text burned into an image: the pixel step of the pipeline.
 *
 * <p>Detection combines an OCR-independent glyph-cluster detector (so unreadable text is still
 * found and redacted as UNKNOWN_TEXT) with Tesseract reading each candidate line and the whole
 * image once. Redaction fills PHI and unknown text with black; {@link #redactAndVerify} then scans
 * the result again and reports whatever non-benign text survived.
 *
 * <p>Thread-safe: each thread gets its own warm OCR engine.
 */
public final class PixelScanner {
  private final Path tessdata;
  private volatile TesseractOcr ocr;

  /** A scanner over the English OCR model bundled on the classpath. */
  public PixelScanner() {
    this.tessdata = null;
  }

  /** A scanner over {@code tessdataDir/eng.traineddata} (a site's own or a newer model). */
  public PixelScanner(Path tessdataDir) {
    this.tessdata = tessdataDir;
  }

  /** Every text region in {@code image}, each classified PHI, UNKNOWN_TEXT or BENIGN. */
  public List<TextRegion> detect(BufferedImage image, PhiMatcher phi)
      throws OcrUnavailableException {
    return findAll(new TextFinder(ocr(), new RegionClassifier(phi), new HashMap<>()), image);
  }

  /**
   * Regions of the normalized image, plus those only the extra windows of deep greyscale data show
   * ({@link DeepWindows}): lines of a window that no region already holds are read there.
   */
  private static List<TextRegion> findAll(TextFinder finder, BufferedImage image)
      throws OcrUnavailableException {
    List<TextRegion> regions = new ArrayList<>(finder.find(ImageNormalizer.normalize(image), true));
    for (BufferedImage view : DeepWindows.of(image)) {
      List<TextLineGrouper.Line> fresh = new ArrayList<>();
      for (TextLineGrouper.Line line : TextFinder.lines(view)) {
        if (regions.stream()
            .noneMatch(r -> r.box().intersection(line.box()).area() >= 0.5 * line.box().area())) {
          // Only a window showed it: kept when OCR reads it, like the other extra views' lines.
          fresh.add(line.asExtra());
        }
      }
      if (!fresh.isEmpty()) {
        regions.addAll(finder.find(view, fresh, false));
      }
    }
    return regions;
  }

  /**
   * A redacted copy of {@code image} with every region whose classification is redacted filled, and
   * every MANUAL region filled whatever its classification (the user drew it to be removed).
   */
  public Redaction redact(BufferedImage image, List<TextRegion> regions) {
    List<Box> boxes = new ArrayList<>();
    List<Box> kept = new ArrayList<>();
    for (TextRegion r : regions) {
      if (r.classification().redacted() || r.source() == TextRegion.Source.MANUAL) {
        boxes.add(r.box());
      } else {
        kept.add(r.box());
      }
    }
    return Redactor.fill(image, Redactor.bridged(boxes, kept), kept);
  }

  /**
   * A redacted copy of {@code image} with exactly {@code boxes} filled: what the review dialog
   * produces once the user has toggled regions and drawn boxes of their own.
   */
  public Redaction redactBoxes(BufferedImage image, List<Box> boxes) {
    return Redactor.fill(image, boxes);
  }

  /** Detects, redacts, then detects again on the redacted copy to find text that survived. */
  public VerifiedRedaction redactAndVerify(BufferedImage image, PhiMatcher phi)
      throws OcrUnavailableException {
    // Lines left untouched by the redaction are the same pixels: read them once.
    Map<OcrCrop, List<OcrWord>> readings = new HashMap<>();
    TesseractOcr engine = ocr();
    RegionClassifier classifier = new RegionClassifier(phi);
    List<TextRegion> regions = findAll(new TextFinder(engine, classifier, readings), image);
    Redaction redaction = redact(image, regions);
    List<TextRegion> residual = new ArrayList<>();
    for (TextRegion r :
        new TextFinder(engine, classifier, readings)
            .find(ImageNormalizer.normalize(redaction.image()), false)) {
      if (r.classification().redacted()) {
        residual.add(r);
      }
    }
    return new VerifiedRedaction(redaction.image(), regions, redaction.filled(), residual);
  }

  /**
   * Re-checks an already redacted (or user-edited) image: the non-benign text still present. Like
   * the re-scan inside {@link #redactAndVerify}, this relies on the glyph-cluster detector (every
   * candidate read by OCR) rather than a second whole-image OCR pass, which sees nothing the
   * detector would miss on an image that has only lost text.
   */
  public List<TextRegion> residual(BufferedImage redacted, PhiMatcher phi)
      throws OcrUnavailableException {
    return new TextFinder(ocr(), new RegionClassifier(phi), new HashMap<>())
        .find(ImageNormalizer.normalize(redacted), false).stream()
            .filter(r -> r.classification().redacted())
            .toList();
  }

  /** The OCR engine, loaded on first use; also used by benchmarks to time a raw Tesseract pass. */
  public TesseractOcr ocr() throws OcrUnavailableException {
    TesseractOcr engine = ocr;
    if (engine == null) {
      synchronized (this) {
        if (ocr == null) {
          ocr = tessdata == null ? TesseractOcr.bundled() : TesseractOcr.load(tessdata);
        }
        engine = ocr;
      }
    }
    return engine;
  }
}
