/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.capture.ImageFiles;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.phi.PhiMatch;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.ContrastStretch;
import org.radshare.core.pixel.OcrUnavailableException;
import org.radshare.core.pixel.OcrWord;
import org.radshare.core.pixel.TesseractOcr;
import org.radshare.core.policy.Finding;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.CheckedShare;
import org.radshare.core.share.ShareInput;
import org.radshare.core.share.ShareService;

/**
 * Measures the de-identification pipeline against the synthetic fixtures: PHI box recall, leaks
 * (PHI recoverable by OCR from the redacted output), false redaction away from text, caption recall
 * and precision, and time per image beside one raw Tesseract pass on the same image.
 */
public final class Benchmark {

  /** A truth box counts as redacted when this fraction of it is filled. */
  public static final double COVERED = 0.95;

  /** Margin around truth text inside which filled pixels do not count as false redaction. */
  public static final int TEXT_MARGIN = 6;

  private static final int STANDARD_SIDE = 512;

  private final ShareService service;

  public Benchmark(ShareService service) {
    this.service = service;
  }

  /** Scores one image fixture: runs the whole pipeline, then OCRs its output for leaks. */
  public ImageScore scoreImage(ImageFixture fixture)
      throws IOException, BadInputException, OcrUnavailableException {
    BufferedImage image = ImageFiles.read(fixture.image());
    Dataset header = HeaderFiles.read(fixture.header());
    TesseractOcr ocr = service.pixels().ocr();
    long t0 = System.nanoTime();
    CheckedShare checked = service.check(new ShareInput(image, Optional.of(header), ""));
    long pipeline = System.nanoTime() - t0;
    long t1 = System.nanoTime();
    ocr.rawSinglePass(image);
    long raw = System.nanoTime() - t1;

    int w = image.getWidth();
    int h = image.getHeight();
    Coverage filled = Coverage.of(w, h, checked.filled());
    List<Box> textBoxes = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    int phiBoxes = 0;
    int covered = 0;
    for (TruthRegion t : fixture.truth()) {
      textBoxes.add(t.box().grow(TEXT_MARGIN, w, h));
      if (t.phi()) {
        phiBoxes++;
        if (filled.fractionCovered(t.box()) >= COVERED) {
          covered++;
        } else {
          missed.add(t.category());
        }
      }
    }
    Coverage text = Coverage.of(w, h, textBoxes);
    Verdict verdict = checked.report().verdict();
    // A blocked post leaves nothing behind to leak; everything else is read back.
    List<String> leaks =
        verdict == Verdict.BLOCK
            ? List.of()
            : checked.redacted().isPresent()
                ? leaks(ocr, checked.redacted().get(), header, fixture)
                : List.of("unchecked");
    boolean finalBlock =
        verdict == Verdict.BLOCK
            && checked.report().reasons().stream()
                .filter(r -> r.floor() == Verdict.BLOCK)
                .allMatch(r -> r.code().equals(Finding.FinalVerification.CODE));
    return new ImageScore(
        fixture.id(),
        fixture.kind(),
        phiBoxes,
        covered,
        missed,
        leaks,
        filled.areaOutside(text),
        text.imageArea() - text.area(),
        pipeline,
        raw,
        w == STANDARD_SIDE && h == STANDARD_SIDE,
        verdict,
        finalBlock);
  }

  /**
   * PHI recoverable from the redacted output: what the lexicon finds in raw OCR passes over the
   * output as it is and contrast-stretched (darks and brights spread, so faint remnants are read
   * too), plus any truth PHI word (4+ characters) that OCR reads back verbatim.
   */
  private static List<String> leaks(
      TesseractOcr ocr, BufferedImage redacted, Dataset header, ImageFixture fixture)
      throws OcrUnavailableException {
    StringBuilder text = new StringBuilder();
    for (BufferedImage view :
        List.of(redacted, ContrastStretch.darks(redacted), ContrastStretch.brights(redacted))) {
      for (OcrWord word : ocr.rawSinglePass(view)) {
        text.append(word.text()).append(' ');
      }
      text.append('\n');
    }
    String read = text.toString();
    TreeSet<String> leaked = new TreeSet<>();
    for (PhiMatch m : PhiLexicon.from(header).find(read)) {
      leaked.add(m.category());
    }
    String readLower = read.toLowerCase(Locale.ROOT);
    for (TruthRegion t : fixture.truth()) {
      if (!t.phi()) {
        continue;
      }
      for (String token : t.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (token.length() >= 4 && readLower.contains(token)) {
          leaked.add(t.category());
        }
      }
    }
    return List.copyOf(leaked);
  }

  /** Scores every fixture under {@code fixturesDir}. */
  public BenchmarkReport run(Path fixturesDir)
      throws IOException, BadInputException, OcrUnavailableException {
    List<ImageScore> images = new ArrayList<>();
    List<ImageFixture> fixtures = Fixtures.images(fixturesDir);
    if (!fixtures.isEmpty()) {
      // Warm the engine so the first image's timing does not include model loading.
      service.check(new ShareInput(ImageFiles.read(fixtures.get(0).image()), Optional.empty(), ""));
    }
    for (ImageFixture f : fixtures) {
      images.add(scoreImage(f));
    }
    CaptionScore captions = CaptionBenchmark.total(CaptionBenchmark.bySet(fixturesDir));
    return new BenchmarkReport(images, captions);
  }

  /** Writes a generated fixture set (an {@code images/} folder and its truth) into a folder. */
  @FunctionalInterface
  public interface FixtureWriter {
    void write(Path dir) throws IOException;
  }

  /** Scores the set {@code writer} generates into a temporary folder, deleted afterwards. */
  public BenchmarkReport runGenerated(FixtureWriter writer)
      throws IOException, BadInputException, OcrUnavailableException {
    Path dir = Files.createTempDirectory("radshare-bench");
    try {
      writer.write(dir);
      return run(dir);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
