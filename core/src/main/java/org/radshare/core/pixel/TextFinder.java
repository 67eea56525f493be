/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One detection run over a normalized image: glyph clusters found over the whole frame, each read
 * by OCR as a prepared single-line crop, plus one whole-image OCR pass that catches text the glyph
 * detector did not group (a lone word, an unusual font). Every region is classified.
 *
 * <p>Work is bounded whatever the image: at most {@link #MAX_LINE_READS} crops are read (the rest
 * stay UNKNOWN_TEXT and are redacted unread), and the whole-image pass sees at most {@link
 * #MAX_PAGE_SIDE} pixels a side.
 */
final class TextFinder {
  static final int MAX_LINE_READS = 120;
  static final int MAX_PAGE_SIDE = 2000;

  /** Whole-image words below this confidence that no glyph cluster backs are taken as noise. */
  private static final double PAGE_WORD_CONFIDENCE = 60;

  /** A vertical line read one way with less confidence than this is also read the other way. */
  private static final double VERTICAL_CONFIDENCE = 60;

  /** Lowest confidence at which a line only an extra view showed is taken for text. */
  private static final double EXTRA_CONFIDENCE = 50;

  private final TesseractOcr ocr;
  private final RegionClassifier classifier;
  private final Map<OcrCrop, List<OcrWord>> readings;

  TextFinder(TesseractOcr ocr, RegionClassifier classifier, Map<OcrCrop, List<OcrWord>> readings) {
    this.ocr = ocr;
    this.classifier = classifier;
    this.readings = readings;
  }

  /**
   * @param withPagePass whether to add the whole-image OCR pass (detection does; the re-scan of a
   *     redacted image relies on the glyph detector, which sees everything the pass could)
   */
  List<TextRegion> find(BufferedImage rgb, boolean withPagePass) throws OcrUnavailableException {
    if (rgb.getWidth() < GlyphDetector.MIN_HEIGHT || rgb.getHeight() < GlyphDetector.MIN_HEIGHT) {
      return List.of();
    }
    // The re-scan of a redacted image looks with the plain view only: the extra views' large and
    // faint text was found (or not) by detection, and the final verification looks again anyway.
    return find(rgb, withPagePass ? lines(rgb) : plainLines(rgb), withPagePass);
  }

  /** The merged glyph lines of the plain view alone. */
  static List<TextLineGrouper.Line> plainLines(BufferedImage rgb) {
    return CandidateMerger.merge(rgb, TextLineGrouper.group(GlyphDetector.detect(rgb)));
  }

  /** The merged glyph lines of {@code rgb}: the OCR-free part of {@link #find}. */
  static List<TextLineGrouper.Line> lines(BufferedImage rgb) {
    return AnalysisViews.lines(rgb);
  }

  /** {@link #find} over glyph lines already computed by {@link #lines} for the same image. */
  List<TextRegion> find(BufferedImage rgb, List<TextLineGrouper.Line> lines, boolean withPagePass)
      throws OcrUnavailableException {
    if (rgb.getWidth() < GlyphDetector.MIN_HEIGHT || rgb.getHeight() < GlyphDetector.MIN_HEIGHT) {
      return List.of();
    }
    // A frame busier than the read cap is redacted wholesale; a page pass would add nothing.
    boolean pass = withPagePass && lines.size() <= MAX_LINE_READS;
    // The whole-image pass runs on OCR's page thread while this thread reads the lines.
    PagePass page = pass ? PagePass.start(ocr, rgb) : null;
    List<OcrCrop> crops = new ArrayList<>();
    List<OcrCrop> horizontal = new ArrayList<>();
    for (int i = 0; i < Math.min(lines.size(), MAX_LINE_READS); i++) {
      OcrCrop crop = cropOf(rgb, lines.get(i));
      crops.add(crop);
      if (!lines.get(i).vertical()) {
        horizontal.add(crop);
      }
    }
    LineBatch.readInto(ocr, horizontal, readings);
    List<OcrWord> pageWords = page == null ? List.of() : page.words();
    List<TextRegion> regions = new ArrayList<>();
    List<TextRegion> extra = new ArrayList<>();
    List<TextRegion> strong = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TextRegion region =
          readLine(rgb, lines.get(i), i < crops.size() ? crops.get(i) : null, pageWords);
      if (region == null) {
        continue;
      }
      if (!lines.get(i).extra()) {
        regions.add(region);
      } else if (region.classification().redacted()
          && TextLikeness.measure(rgb, lines.get(i)).stronglyText()) {
        // Plainly drawn text OCR cannot read (a huge bold date with a shadow) fails closed.
        strong.add(region);
      } else {
        extra.add(region);
      }
    }
    keepExtra(regions, extra);
    regions.addAll(strong);
    for (OcrWord word : pageWords) {
      if (lines.stream().noneMatch(l -> l.box().intersects(word.box()))) {
        TextRegion region = pageRegion(word);
        if (region != null) {
          regions.add(region);
        }
      }
    }
    return regions;
  }

  /**
   * Adds the extra views' regions worth keeping: an identifier, text OCR reads away from kept plain
   * text, or a run that grows a plain line which is redacted anyway (the whole of a large name
   * whose plain view held only an unreadable fragment).
   */
  private static void keepExtra(List<TextRegion> regions, List<TextRegion> extra) {
    List<TextRegion> plain = List.copyOf(regions);
    for (TextRegion region : extra) {
      boolean grows =
          plain.stream()
              .anyMatch(
                  r ->
                      r.classification().redacted()
                          && r.box().intersects(region.box())
                          && 2 * r.box().height() >= region.box().height());
      boolean overKept =
          plain.stream()
              .anyMatch(
                  r ->
                      r.classification() == RegionClass.BENIGN && r.box().intersects(region.box()));
      if (region.classification() == RegionClass.PHI || grows || (read(region) && !overKept)) {
        regions.add(region);
      }
    }
  }

  /**
   * Whether OCR read a line of an extra view as text: an identifier, or at least two letters or
   * digits with some confidence. Lines only a stretch or a downscale showed need this; the plain
   * view's lines are redacted unread (failing closed) as before.
   */
  private static boolean read(TextRegion region) {
    long alnum = region.text().codePoints().filter(Character::isLetterOrDigit).count();
    return region.classification() == RegionClass.PHI
        || (alnum >= 2 && region.confidence() >= EXTRA_CONFIDENCE);
  }

  /**
   * @param crop the line's prepared crop, or null when the line is beyond the read cap (it stays
   *     unread)
   * @return the region, or null when the shape tests and OCR agree it is anatomy, not text
   */
  private TextRegion readLine(
      BufferedImage rgb, TextLineGrouper.Line line, OcrCrop crop, List<OcrWord> pageWords)
      throws OcrUnavailableException {
    Box box = line.box();
    List<String> texts = new ArrayList<>();
    double confidence = 0;
    double coverage = 0;
    if (crop != null) {
      List<OcrWord> words;
      if (line.vertical()) {
        // Side labels read bottom to top more often than top to bottom; try that turn first.
        words = read(crop.quarterTurn(true));
        if (lowest(words) < VERTICAL_CONFIDENCE) {
          words = read(crop.quarterTurn(false));
        }
      } else {
        words = read(crop);
      }
      StringBuilder text = new StringBuilder();
      confidence = words.isEmpty() ? 0 : 100;
      List<Box> spans = new ArrayList<>();
      for (OcrWord w : words) {
        text.append(text.isEmpty() ? "" : " ").append(w.text());
        confidence = Math.min(confidence, w.confidence());
        spans.add(crop.toImage(w.box()));
      }
      texts.add(text.toString());
      // Rotated text is never taken for a scanner annotation: coverage stays 0.
      coverage = line.vertical() ? 0 : horizontalCoverage(box, spans, box.height());
    }
    StringBuilder page = new StringBuilder();
    for (OcrWord w : pageWords) {
      if (w.box().intersects(box)) {
        page.append(page.isEmpty() ? "" : " ").append(w.text());
      }
    }
    if (!page.isEmpty()) {
      texts.add(page.toString());
    }
    // A line past the read cap stays unread and redacted: the shape tests never overrule that.
    RegionClassifier.Outcome outcome =
        crop == null
            ? classifier.classify(texts, confidence, coverage)
            : classifier.classify(
                texts, confidence, coverage, () -> TextLikeness.measure(rgb, line));
    if (!outcome.text()) {
      return null;
    }
    String text = texts.isEmpty() ? "" : texts.get(0);
    return new TextRegion(
        box,
        text,
        confidence,
        outcome.classification(),
        outcome.matches(),
        TextRegion.Source.GLYPH_CLUSTER);
  }

  /**
   * The prepared crops of the horizontal lines {@link #find} would read in {@code rgb}, so that a
   * clip's many frames can be read in a few batched OCR calls before each frame is examined.
   */
  static List<OcrCrop> horizontalCrops(BufferedImage rgb, List<TextLineGrouper.Line> lines) {
    List<OcrCrop> out = new ArrayList<>();
    for (int i = 0; i < Math.min(lines.size(), MAX_LINE_READS); i++) {
      if (!lines.get(i).vertical()) {
        out.add(cropOf(rgb, lines.get(i)));
      }
    }
    return out;
  }

  private static OcrCrop cropOf(BufferedImage rgb, TextLineGrouper.Line line) {
    Box box = line.box();
    int textHeight = line.vertical() ? box.width() : box.height();
    int pad = Math.max(3, textHeight / 3);
    Box cropBox = box.grow(pad, rgb.getWidth(), rgb.getHeight());
    return OcrCrop.of(rgb, cropBox, line.polarity(), textHeight);
  }

  private List<OcrWord> read(OcrCrop crop) throws OcrUnavailableException {
    List<OcrWord> words = readings.get(crop);
    if (words == null) {
      words = ocr.readLine(crop.grey, crop.width, crop.height);
      readings.put(crop, words);
    }
    return words;
  }

  private static double lowest(List<OcrWord> words) {
    return words.stream().mapToDouble(OcrWord::confidence).min().orElse(0);
  }

  /** A word only the whole-image pass saw; null when it is too weak to be text. */
  private TextRegion pageRegion(OcrWord word) {
    if (!BenignText.hasContent(word.text())) {
      return null;
    }
    RegionClassifier.Outcome outcome =
        classifier.classify(List.of(word.text()), word.confidence(), 1);
    long alnum = word.text().codePoints().filter(Character::isLetterOrDigit).count();
    if (outcome.classification() != RegionClass.PHI
        && (word.confidence() < PAGE_WORD_CONFIDENCE || alnum < 3)) {
      return null;
    }
    return new TextRegion(
        word.box(),
        word.text(),
        word.confidence(),
        outcome.classification(),
        outcome.matches(),
        TextRegion.Source.OCR);
  }

  /** The one whole-image OCR pass, on luminance, downscaled when the frame is huge. */
  private record PagePass(TesseractOcr.Pending pending, double scale, int width, int height) {

    static PagePass start(TesseractOcr ocr, BufferedImage rgb) {
      int w = rgb.getWidth();
      int h = rgb.getHeight();
      double scale = Math.min(1, (double) MAX_PAGE_SIDE / Math.max(w, h));
      int sw = Math.max(1, (int) Math.round(w * scale));
      int sh = Math.max(1, (int) Math.round(h * scale));
      BufferedImage grey = new BufferedImage(sw, sh, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = grey.createGraphics();
      try {
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(rgb, 0, 0, sw, sh, null);
      } finally {
        g.dispose();
      }
      byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
      return new PagePass(ocr.readSparseOnPageThread(data, sw, sh), scale, w, h);
    }

    /** The words read, in image coordinates; waits for the pass to finish. */
    List<OcrWord> words() throws OcrUnavailableException {
      List<OcrWord> words = pending.words();
      if (scale == 1) {
        return words;
      }
      List<OcrWord> mapped = new ArrayList<>(words.size());
      for (OcrWord word : words) {
        Box b = word.box();
        Box full =
            new Box(
                (int) Math.floor(b.x() / scale),
                (int) Math.floor(b.y() / scale),
                (int) Math.ceil(b.width() / scale),
                (int) Math.ceil(b.height() / scale));
        mapped.add(
            new OcrWord(
                full.intersection(new Box(0, 0, width, height)), word.text(), word.confidence()));
      }
      return mapped;
    }
  }

  /**
   * The share of {@code box}'s width covered by the x-extents of {@code spans}, each widened by
   * most of a character so ordinary word spaces count as covered but a dropped word does not.
   */
  static double horizontalCoverage(Box box, List<Box> spans, int textHeight) {
    int bridge = (int) Math.ceil(0.6 * textHeight);
    if (box.width() == 0) {
      return 1;
    }
    List<Box> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Box::x));
    int covered = 0;
    int reached = box.x();
    for (Box s : sorted) {
      int from = Math.max(reached, s.x() - bridge);
      int to = Math.min(box.right(), s.right() + bridge);
      if (to > from) {
        covered += to - from;
        reached = to;
      }
    }
    return (double) covered / box.width();
  }
}
