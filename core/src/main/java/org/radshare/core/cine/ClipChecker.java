/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.FrameReader;
import org.radshare.core.pixel.OcrUnavailableException;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;

/**
 * The per-frame checking strategy for a clip, fast because overlays repeat:
 *
 * <ol>
 *   <li>Detect with full OCR (line reads and the whole-image pass) on the per-pixel maximum and
 *       minimum composites of all frames: static text, and bright or dark text shown on any frame.
 *       Unreadable glyph lines of these composites are left out: they are the smear of text that
 *       frames show and read themselves (a moving label, a counter), and any text in them that no
 *       frame's lines hold is found on the unexplained composites, built from each frame's pixels
 *       outside its own glyph lines and read the same way.
 *   <li>Compare each frame's text-like content (glyph lines and their exact pixels, no OCR) with
 *       every frame seen before: a frame whose content is new is scanned (every glyph line read,
 *       byte-identical line crops read once per clip); a frame whose content equals an earlier
 *       frame's is proven identical to a scanned frame.
 *   <li>Build the mask ({@link DetectedMask}): identifying and composite regions on every frame,
 *       unreadable regions of a frame's own lines on the frames that show them. If that mask does
 *       not verify clean at once, fall back to the union of everything found on every frame.
 *   <li>Verify the redacted frames the same way (composites with the whole-image pass, every frame
 *       whose redacted content is new, and an evenly spaced sample with the whole-image pass); text
 *       that survived is added to the mask on every frame for a bounded number of rounds.
 * </ol>
 *
 * <p>{@link FrameCoverage#requireComplete} is checked before and after redaction: a frame that is
 * neither scanned nor identical to a scanned frame stops the check.
 */
final class ClipChecker {
  static final int EXTRA_ROUNDS = 2;

  /** Redacted frames re-scanned with the whole-image OCR pass as well as their glyph lines. */
  static final int PAGE_PASS_SAMPLE = 4;

  private final PixelScanner pixels;
  private final FrameReader reader;

  ClipChecker(PixelScanner pixels, FrameReader reader) {
    this.pixels = pixels;
    this.reader = reader;
  }

  /** The outcome of detection and verification. */
  record ClipScan(
      List<FrameRegion> regions,
      List<FrameCoverage> coverage,
      ClipMask mask,
      FrameSet redacted,
      List<FrameCoverage> verifiedCoverage,
      List<FrameRegion> residual) {}

  /** Detects, masks, redacts and verifies; {@code manual} boxes join the mask. */
  ClipScan check(FrameSet frames, ClipMask manual) throws OcrUnavailableException {
    List<FrameCoverage> coverage = cover(frames);
    List<FrameRegion> found = new ArrayList<>();
    List<BufferedImage> composites = composites(frames);
    reader.readAhead(concat(composites, scanned(frames, coverage)));
    addAll(found, FrameRegion.COMPOSITE, compositeRegions(composites));
    for (FrameCoverage c : coverage) {
      if (c instanceof FrameCoverage.Scanned s) {
        addAll(found, s.frame(), reader.detect(frames.frame(s.frame()), false));
      }
    }
    List<FrameRegion> regions = distinct(found);
    ClipMask tied = DetectedMask.of(found, coverage, manual);
    ClipScan verified = applyAndVerify(frames, tied, 0);
    if (!verified.residual().isEmpty()) {
      // Fills tied to frames exposed new text-like blobs around them (speckle, anatomy): use the
      // union of everything found, on every frame, verified and grown as usual.
      verified = applyAndVerify(frames, tied.everywhere(), EXTRA_ROUNDS);
    }
    return new ClipScan(
        regions,
        coverage,
        verified.mask(),
        verified.redacted(),
        verified.verifiedCoverage(),
        verified.residual());
  }

  /**
   * Fills {@code mask} on its frames and verifies the result, growing the mask by whatever survives
   * for at most {@link #EXTRA_ROUNDS} more rounds. Used after detection and after the radiologist
   * edits the mask.
   */
  ClipScan applyAndVerify(FrameSet frames, ClipMask mask) throws OcrUnavailableException {
    return applyAndVerify(frames, mask, EXTRA_ROUNDS);
  }

  private ClipScan applyAndVerify(FrameSet frames, ClipMask mask, int extraRounds)
      throws OcrUnavailableException {
    ClipMask current = mask;
    for (int round = 0; ; round++) {
      FrameSet redacted = current.apply(frames, pixels);
      List<FrameCoverage> coverage = cover(redacted);
      List<FrameRegion> residual = residual(redacted, coverage);
      if (residual.isEmpty() || round == extraRounds) {
        return new ClipScan(List.of(), List.of(), current, redacted, coverage, residual);
      }
      current = current.plus(residual.stream().map(r -> r.region().box()).toList());
    }
  }

  /** Scanned or same-as for every frame, by comparing text-like content with earlier frames. */
  List<FrameCoverage> cover(FrameSet frames) {
    // Glyph detection needs no OCR engine and is the bulk of the work: spread it over the cores.
    List<FrameText> texts =
        frames.frames().parallelStream().map(f -> FrameText.of(f, reader)).toList();
    Map<FrameText, Integer> firstScanned = new HashMap<>();
    List<FrameCoverage> coverage = new ArrayList<>(frames.size());
    for (int i = 0; i < frames.size(); i++) {
      Integer same = firstScanned.putIfAbsent(texts.get(i), i);
      coverage.add(
          same == null ? new FrameCoverage.Scanned(i) : new FrameCoverage.SameTextAs(i, same));
    }
    FrameCoverage.requireComplete(coverage, frames.size());
    return coverage;
  }

  private List<FrameRegion> residual(FrameSet redacted, List<FrameCoverage> coverage)
      throws OcrUnavailableException {
    List<FrameRegion> found = new ArrayList<>();
    List<BufferedImage> composites = composites(redacted);
    TreeSet<Integer> sample = sample(redacted.size());
    List<BufferedImage> ahead = new ArrayList<>(scanned(redacted, coverage));
    sample.forEach(i -> ahead.add(redacted.frame(i)));
    reader.readAhead(concat(composites, ahead));
    addRedacted(found, FrameRegion.COMPOSITE, compositeRegions(composites));
    for (FrameCoverage c : coverage) {
      if (c instanceof FrameCoverage.Scanned s) {
        BufferedImage frame = redacted.frame(s.frame());
        addRedacted(found, s.frame(), reader.detect(frame, sample.remove(s.frame())));
      }
    }
    for (int i : sample) {
      addRedacted(found, i, reader.detect(redacted.frame(i), true));
    }
    return distinct(found);
  }

  /** The frames {@code coverage} marks as scanned. */
  private static List<BufferedImage> scanned(FrameSet frames, List<FrameCoverage> coverage) {
    List<BufferedImage> out = new ArrayList<>();
    for (FrameCoverage c : coverage) {
      if (c instanceof FrameCoverage.Scanned s) {
        out.add(frames.frame(s.frame()));
      }
    }
    return out;
  }

  /**
   * The plain maximum and minimum composites of {@code frames}, then those of what no frame's own
   * glyph lines explain (see {@link Composite#unexplained}).
   */
  private List<BufferedImage> composites(FrameSet frames) {
    Composite plain = Composite.of(frames.frames());
    int w = plain.max().getWidth();
    int h = plain.max().getHeight();
    // The frames' lines were detected by cover() and are cached by the reader: no new detection.
    List<List<Box>> explained =
        frames.frames().stream()
            .map(f -> reader.textLines(f).stream().map(b -> b.grow(FrameText.PAD, w, h)).toList())
            .toList();
    Composite unexplained = Composite.unexplained(frames.frames(), explained);
    return List.of(plain.max(), plain.min(), unexplained.max(), unexplained.min());
  }

  /**
   * Every region of the composites, read with the whole-image pass as well, except unreadable glyph
   * lines of the plain composites: those are the smear of text that frames show and read themselves
   * (a moving label, a counter), or else hold text no frame's lines held, which the unexplained
   * composites show on their own and which is then kept from those.
   */
  private List<TextRegion> compositeRegions(List<BufferedImage> composites)
      throws OcrUnavailableException {
    List<TextRegion> out = new ArrayList<>();
    for (int i = 0; i < composites.size(); i++) {
      for (TextRegion r : reader.detect(composites.get(i), true)) {
        boolean smear =
            i < 2
                && r.classification() == RegionClass.UNKNOWN_TEXT
                && r.source() == TextRegion.Source.GLYPH_CLUSTER;
        if (!smear) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private static List<BufferedImage> concat(List<BufferedImage> a, List<BufferedImage> b) {
    List<BufferedImage> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Evenly spaced frames, first and last included. */
  static TreeSet<Integer> sample(int frames) {
    TreeSet<Integer> picked = new TreeSet<>();
    int n = Math.min(PAGE_PASS_SAMPLE, frames);
    for (int k = 0; k < n; k++) {
      picked.add(n == 1 ? 0 : (int) Math.round((double) k * (frames - 1) / (n - 1)));
    }
    return picked;
  }

  private static void addAll(List<FrameRegion> out, int frame, List<TextRegion> regions) {
    regions.forEach(r -> out.add(new FrameRegion(frame, r)));
  }

  private static void addRedacted(List<FrameRegion> out, int frame, List<TextRegion> regions) {
    regions.stream()
        .filter(r -> r.classification().redacted())
        .forEach(r -> out.add(new FrameRegion(frame, r)));
  }

  /** The first occurrence of each region (same box, text and class) over all frames. */
  private static List<FrameRegion> distinct(List<FrameRegion> found) {
    Map<List<Object>, FrameRegion> first = new LinkedHashMap<>();
    for (FrameRegion r : found) {
      TextRegion t = r.region();
      first.putIfAbsent(List.of(t.box(), t.text(), t.classification()), r);
    }
    return new ArrayList<>(first.values());
  }
}
