/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.radshare.core.phi.PhiMatcher;

/**
 * The last look at the exact image to be posted, by a detector that shares no blind spot with the
 * first pass: its own contrast stretches (the darkest and the brightest levels spread out), its own
 * binarisation (a step above the local mean, so strokes of any width count; {@link InkComponents}),
 * connected-component text-likeness, and OCR of what it finds at a text height the first pass does
 * not use. It answers two questions:
 *
 * <ul>
 *   <li><b>residue</b>: is there readable or text-like ink right beside a redaction (the rest of a
 *       name whose box was too short, a drop shadow, a second line)? Kept (benign) text is not
 *       residue;
 *   <li><b>identifiers</b>: does it read any identifier anywhere in the image?
 * </ul>
 *
 * Either one must block the post. It only reads; it never redacts.
 */
public final class FinalVerifier {
  /** Most text-line candidates read per image (near redactions first). */
  static final int MAX_READS = 32;

  /** The text height the verifier's crops are scaled to (the first pass uses another). */
  private static final int READ_HEIGHT = 28;

  private static final int CONTRAST = 20;

  /** Letters or digits a remnant beside a redaction must read as (the "JAN" of a name). */
  private static final int RESIDUE_CHARACTERS = 3;

  /** Lowest OCR confidence at which such a remnant is believed (anatomy reads as noise). */
  private static final double RESIDUE_CONFIDENCE = 60;

  /** Fewest blobs of a row away from any redaction worth reading (a short word, a number). */
  private static final int MIN_ROW_BLOBS = 3;

  private final PixelScanner scanner;

  public FinalVerifier(PixelScanner scanner) {
    this.scanner = scanner;
  }

  /**
   * What the verification saw.
   *
   * @param residue text-like rows beside a redaction that are not kept benign text
   * @param identifiers rows in which an identifier was read
   */
  public record Outcome(int residue, int identifiers) {
    public boolean clean() {
      return residue == 0 && identifiers == 0;
    }
  }

  /** A row to read, the view it was found in and whether it lies beside a redaction. */
  private record Candidate(Box box, Glyph.Polarity polarity, int textHeight, boolean besideFill) {}

  /**
   * @param posted the image exactly as it will leave
   * @param filled the boxes redacted in it (empty when nothing was)
   * @param kept boxes of text the first pass read as benign and kept
   */
  public Outcome verify(BufferedImage posted, List<Box> filled, List<Box> kept, PhiMatcher lexicon)
      throws OcrUnavailableException {
    BufferedImage rgb = ImageNormalizer.normalize(posted);
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    if (w < GlyphDetector.MIN_HEIGHT || h < GlyphDetector.MIN_HEIGHT) {
      return new Outcome(0, 0);
    }
    int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    Map<Glyph.Polarity, int[]> views = views(pixels);
    List<Candidate> candidates = new ArrayList<>();
    for (Box f : new LinkedHashSet<>(filled)) {
      candidates.addAll(beside(views, w, h, f, filled, kept));
    }
    // Elsewhere only rows the first pass did not read as kept text, nor blacked out, are read.
    for (Candidate c : anywhere(views, w, h, pixels)) {
      if (kept.stream().noneMatch(c.box()::intersects) && !mostlyInside(c.box(), filled)) {
        candidates.add(c);
      }
    }
    return read(rgb, candidates, kept, lexicon);
  }

  /**
   * Bright ink (the strongest channel, darks spread) and dark ink (the weakest, brights spread).
   */
  private static Map<Glyph.Polarity, int[]> views(int[] pixels) {
    int[] bright = new int[pixels.length];
    int[] dark = new int[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      int r = (p >> 16) & 255;
      int g = (p >> 8) & 255;
      int b = p & 255;
      bright[i] = ContrastStretch.dark(Math.max(r, Math.max(g, b)));
      dark[i] = 255 - ContrastStretch.bright(Math.min(r, Math.min(g, b)));
    }
    Map<Glyph.Polarity, int[]> views = new java.util.EnumMap<>(Glyph.Polarity.class);
    views.put(Glyph.Polarity.BRIGHT, bright);
    views.put(Glyph.Polarity.DARK, dark);
    return views;
  }

  /** Rows of ink in the band running left and right of filled box {@code f}, touching it. */
  private static List<Candidate> beside(
      Map<Glyph.Polarity, int[]> views, int w, int h, Box f, List<Box> filled, List<Box> kept) {
    int fh = Math.max(GlyphDetector.MIN_HEIGHT, f.height());
    int x0 = Math.max(0, f.x() - 3 * fh);
    int x1 = Math.min(w, f.right() + 3 * fh);
    Box band = new Box(x0, f.y(), x1 - x0, f.height());
    List<Candidate> out = new ArrayList<>();
    if (band.area() == 0) {
      return out;
    }
    for (Map.Entry<Glyph.Polarity, int[]> view : views.entrySet()) {
      boolean[] ink =
          InkComponents.binarise(view.getValue(), w, h, band, Math.max(4, fh / 2), CONTRAST);
      List<InkComponents.Blob> blobs = new ArrayList<>();
      for (InkComponents.Blob b : InkComponents.blobs(ink, band, Math.max(4, fh / 5), fh + 2)) {
        if (!mostlyInside(b.box(), kept) && !mostlyInside(b.box(), filled)) {
          blobs.add(b);
        }
      }
      for (InkComponents.Row row : InkComponents.rows(blobs)) {
        int gap =
            Math.max(row.box().x() - f.right(), f.x() - row.box().right()); // ≤ 0 when overlapping
        if (gap <= fh) {
          out.add(new Candidate(row.box(), view.getKey(), row.textHeight(), true));
        }
      }
    }
    return out;
  }

  /** Text-like rows over the whole image, at full size and (for large text) a quarter size. */
  private static List<Candidate> anywhere(
      Map<Glyph.Polarity, int[]> views, int w, int h, int[] pixels) {
    List<Candidate> out = new ArrayList<>();
    rows(views, w, h, 1, out);
    int f = 4;
    if (w / f >= 32 && h / f >= 32 && Math.max(w, h) / 4 > 48) {
      int[] small =
          ((DataBufferInt) AnalysisViews.downscale(pixels, w, h, f).getRaster().getDataBuffer())
              .getData();
      rows(views(small), w / f, h / f, f, out);
    }
    return out;
  }

  /** Rows of 6–48 px text in views of a {@code w}×{@code h} copy {@code f} times smaller. */
  private static void rows(
      Map<Glyph.Polarity, int[]> views, int w, int h, int f, List<Candidate> out) {
    Box all = new Box(0, 0, w, h);
    for (Map.Entry<Glyph.Polarity, int[]> view : views.entrySet()) {
      boolean[] ink = InkComponents.binarise(view.getValue(), w, h, all, 12, CONTRAST);
      for (InkComponents.Row row : InkComponents.rows(InkComponents.blobs(ink, all, 6, 48))) {
        if (row.blobs() < MIN_ROW_BLOBS) {
          continue;
        }
        Box b = row.box();
        Box up = new Box(b.x() * f, b.y() * f, b.width() * f, b.height() * f);
        out.add(new Candidate(up, view.getKey(), row.textHeight() * f, false));
      }
    }
  }

  private Outcome read(
      BufferedImage rgb, List<Candidate> candidates, List<Box> kept, PhiMatcher lexicon)
      throws OcrUnavailableException {
    // Rows beside a redaction first, then the rows with the most blobs.
    List<Candidate> chosen = new ArrayList<>();
    candidates.stream().filter(Candidate::besideFill).forEach(chosen::add);
    candidates.stream().filter(c -> !c.besideFill()).forEach(chosen::add);
    if (chosen.size() > MAX_READS) {
      chosen = new ArrayList<>(chosen.subList(0, MAX_READS));
    }
    List<OcrCrop> crops = new ArrayList<>();
    for (Candidate c : chosen) {
      int pad = Math.max(3, c.textHeight() / 3);
      Box box = c.box().grow(pad, rgb.getWidth(), rgb.getHeight());
      crops.add(OcrCrop.of(rgb, box, c.polarity(), c.textHeight(), READ_HEIGHT));
    }
    Map<OcrCrop, List<OcrWord>> readings = new HashMap<>();
    LineBatch.readInto(scanner.ocr(), crops, readings);
    RegionClassifier classifier = new RegionClassifier(lexicon);
    int residue = 0;
    int identifiers = 0;
    for (int i = 0; i < chosen.size(); i++) {
      Candidate c = chosen.get(i);
      List<OcrWord> words = readings.getOrDefault(crops.get(i), List.of());
      StringBuilder text = new StringBuilder();
      double confidence = words.isEmpty() ? 0 : 100;
      int alnum = 0;
      for (OcrWord word : words) {
        text.append(text.isEmpty() ? "" : " ").append(word.text());
        confidence = Math.min(confidence, word.confidence());
        alnum += (int) word.text().codePoints().filter(Character::isLetterOrDigit).count();
      }
      RegionClassifier.Outcome outcome =
          classifier.classify(List.of(text.toString()), confidence, 1);
      if (outcome.classification() == RegionClass.PHI) {
        identifiers++;
      } else if (c.besideFill()
          && outcome.classification() != RegionClass.BENIGN
          && !mostlyInside(c.box(), kept)
          && alnum >= RESIDUE_CHARACTERS
          && confidence >= RESIDUE_CONFIDENCE) {
        residue++;
      }
    }
    return new Outcome(residue, identifiers);
  }

  private static boolean mostlyInside(Box b, List<Box> boxes) {
    for (Box k : boxes) {
      if (k.intersection(b).area() >= 0.5 * b.area()) {
        return true;
      }
    }
    return false;
  }
}
