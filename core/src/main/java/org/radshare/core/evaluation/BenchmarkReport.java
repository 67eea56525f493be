/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.radshare.core.policy.Verdict;

/** The benchmark's figures, and how they print. */
public record BenchmarkReport(List<ImageScore> images, CaptionScore captions) {

  public BenchmarkReport {
    images = List.copyOf(images);
  }

  public int phiBoxes() {
    return images.stream().mapToInt(ImageScore::phiBoxes).sum();
  }

  public double phiBoxRecall() {
    int total = phiBoxes();
    int covered = images.stream().mapToInt(ImageScore::phiBoxesCovered).sum();
    return total == 0 ? 1.0 : covered / (double) total;
  }

  public int leaks() {
    return images.stream().mapToInt(s -> s.leakedCategories().size()).sum();
  }

  /** Images whose post only the final verification blocked. */
  public long finalBlocks() {
    return images.stream().filter(ImageScore::finalBlock).count();
  }

  /** Images blocked for any reason. */
  public long blocked() {
    return images.stream().filter(s -> s.verdict() == Verdict.BLOCK).count();
  }

  public double falseRedactionFraction() {
    long nonText = images.stream().mapToLong(ImageScore::nonTextArea).sum();
    long falseArea = images.stream().mapToLong(ImageScore::falseArea).sum();
    return nonText == 0 ? 0 : falseArea / (double) nonText;
  }

  /** Median pipeline milliseconds over 512×512 images. */
  public double medianPipelineMillis() {
    return median(images.stream().filter(ImageScore::standardSize).map(ImageScore::pipelineNanos));
  }

  /** Median raw single-pass Tesseract milliseconds over the same images. */
  public double medianRawOcrMillis() {
    return median(images.stream().filter(ImageScore::standardSize).map(ImageScore::rawOcrNanos));
  }

  private static double median(java.util.stream.Stream<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos.sorted().toList());
    if (sorted.isEmpty()) {
      return 0;
    }
    int n = sorted.size();
    double mid = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return mid / 1e6;
  }

  public void print(PrintStream out) {
    out.printf(
        "%-16s %-10s %5s %7s %7s %7s %9s %9s  %s%n",
        "image", "kind", "phi", "covered", "leaks", "verdict", "ms", "raw ms", "missed");
    for (ImageScore s : images) {
      out.printf(
          "%-16s %-10s %5d %7d %7d %7s %9.0f %9.0f  %s%n",
          s.id(),
          s.kind(),
          s.phiBoxes(),
          s.phiBoxesCovered(),
          s.leakedCategories().size(),
          s.verdict() + (s.finalBlock() ? "*" : ""),
          s.pipelineNanos() / 1e6,
          s.rawOcrNanos() / 1e6,
          String.join(",", s.missed())
              + (s.leakedCategories().isEmpty()
                  ? ""
                  : " leaked:" + String.join(",", s.leakedCategories())));
    }
    out.println();
    out.printf("images                      %d%n", images.size());
    out.printf(
        "PHI box recall              %.4f (%d boxes each >= 95 %% covered; target >= 0.995)%n",
        phiBoxRecall(), phiBoxes());
    out.printf(
        "leaks                       %d (re-OCR as posted and contrast-stretched; target 0)%n",
        leaks());
    out.printf(
        "blocked                     %d, of which %d only by the final verification (*)%n",
        blocked(), finalBlocks());
    out.printf(
        "false redaction             %.2f %% of non-text pixels (target <= 2 %%)%n",
        100 * falseRedactionFraction());
    out.printf("caption recall              %.4f (target >= 0.99)%n", captions.recall());
    out.printf("caption precision           %.4f (target >= 0.95)%n", captions.precision());
    double pipeline = medianPipelineMillis();
    double raw = medianRawOcrMillis();
    out.printf(
        "median ms per 512x512       %.0f pipeline, %.0f raw single-pass Tesseract "
            + "(%.2fx; target <= 3x)%n",
        pipeline, raw, raw == 0 ? 0 : pipeline / raw);
  }
}
