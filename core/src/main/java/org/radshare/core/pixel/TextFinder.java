package org.radshare.core.pixel;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.radshare.core.phi.PhiMatcher;

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

  private final TesseractOcr ocr;
  private final RegionClassifier classifier;
  private final Map<OcrCrop, List<OcrWord>> readings;

  TextFinder(TesseractOcr ocr, PhiMatcher phi, Map<OcrCrop, List<OcrWord>> readings) {
    this.ocr = ocr;
    this.classifier = new RegionClassifier(phi);
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
    return find(rgb, lines(rgb), withPagePass);
  }

  /** The merged glyph lines of {@code rgb}: the OCR-free part of {@link #find}. */
  static List<TextLineGrouper.Line> lines(BufferedImage rgb) {
    return CandidateMerger.merge(rgb, TextLineGrouper.group(GlyphDetector.detect(rgb)));
  }

  /** {@link #find} over glyph lines already computed by {@link #lines} for the same image. */
  List<TextRegion> find(BufferedImage rgb, List<TextLineGrouper.Line> lines, boolean withPagePass)
      throws OcrUnavailableException {
    if (rgb.getWidth() < GlyphDetector.MIN_HEIGHT || rgb.getHeight() < GlyphDetector.MIN_HEIGHT) {
      return List.of();
    }
    // A frame busier than the read cap is redacted wholesale; a page pass would add nothing.
    boolean pass = withPagePass && lines.size() <= MAX_LINE_READS;
    List<OcrWord> pageWords = pass ? pagePass(rgb) : List.of();
    List<TextRegion> regions = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      regions.add(readLine(rgb, lines.get(i), pageWords, i < MAX_LINE_READS));
    }
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

  private TextRegion readLine(
      BufferedImage rgb, TextLineGrouper.Line line, List<OcrWord> pageWords, boolean read)
      throws OcrUnavailableException {
    Box box = line.box();
    List<String> texts = new ArrayList<>();
    double confidence = 0;
    double coverage = 0;
    if (read) {
      int pad = Math.max(3, box.height() / 3);
      Box cropBox = box.grow(pad, rgb.getWidth(), rgb.getHeight());
      OcrCrop crop = OcrCrop.of(rgb, cropBox, line.polarity(), box.height());
      List<OcrWord> words = readings.get(crop);
      if (words == null) {
        long t = System.nanoTime();
        words = ocr.readLine(crop.grey, crop.width, crop.height);
        if (System.getenv("PIXEL_DEBUG") != null) {
          System.out.printf(
              "TIMING crop %dx%d %d ms%n",
              crop.width, crop.height, (System.nanoTime() - t) / 1000000);
        }
        readings.put(crop, words);
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
      coverage = horizontalCoverage(box, spans, box.height());
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
    RegionClassifier.Outcome outcome = classifier.classify(texts, confidence, coverage);
    if (System.getenv("PIXEL_DEBUG") != null) {
      System.out.println(
          "DEBUG " + texts + " conf=" + confidence + " cov=" + coverage + " " + outcome);
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
  private List<OcrWord> pagePass(BufferedImage rgb) throws OcrUnavailableException {
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
    List<OcrWord> words = ocr.readSparse(data, sw, sh);
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
          new OcrWord(full.intersection(new Box(0, 0, w, h)), word.text(), word.confidence()));
    }
    return mapped;
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
