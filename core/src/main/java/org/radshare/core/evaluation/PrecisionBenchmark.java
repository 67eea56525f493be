/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.capture.ImageFiles;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.pixel.Box;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.share.CheckedShare;
import org.radshare.core.share.ShareInput;
import org.radshare.core.share.ShareService;

/**
 * Measures precision on captures with no identifying text: test-data's negatives plus a seeded set
 * of {@link NegativeCaptures} generated on the spot. Prints the PASS rate (all, and leaving out
 * captures whose header raises a risk flag, which needs review by policy), the share of non-text
 * pixels filled, and the REVIEW/BLOCK reasons with their counts. A benchmark: it asserts nothing.
 */
public final class PrecisionBenchmark {

  /** One capture's outcome. */
  public record Outcome(
      String id,
      String kind,
      Verdict verdict,
      List<String> reasons,
      boolean headerFlagged,
      long filledOutsideText,
      long nonTextArea) {}

  /** Every outcome, with the figures derived from them. */
  public record Report(List<Outcome> outcomes) {
    public Report {
      outcomes = List.copyOf(outcomes);
    }

    /** Share of captures that PASS, among those {@code unflaggedOnly} selects. */
    public double passRate(boolean unflaggedOnly) {
      List<Outcome> set =
          outcomes.stream().filter(o -> !unflaggedOnly || !o.headerFlagged()).toList();
      return set.isEmpty()
          ? 1
          : set.stream().filter(o -> o.verdict() == Verdict.PASS).count() / (double) set.size();
    }

    /** Share of captures the pixel check alone left at PASS (no {@code pixel.*} reason). */
    public double pixelPassRate() {
      return outcomes.isEmpty()
          ? 1
          : outcomes.stream()
                  .filter(o -> o.reasons().stream().noneMatch(c -> c.startsWith("pixel.")))
                  .count()
              / (double) outcomes.size();
    }

    /** Filled pixels away from any drawn text over all pixels away from it. */
    public double filledShare() {
      long area = outcomes.stream().mapToLong(Outcome::nonTextArea).sum();
      long filled = outcomes.stream().mapToLong(Outcome::filledOutsideText).sum();
      return area == 0 ? 0 : filled / (double) area;
    }

    /** How many captures each reason code held the verdict off PASS in. */
    public Map<String, Integer> reasonCounts() {
      Map<String, Integer> counts = new TreeMap<>();
      for (Outcome o : outcomes) {
        o.reasons().forEach(code -> counts.merge(code, 1, Integer::sum));
      }
      return counts;
    }

    public void print(PrintStream out) {
      out.println();
      out.println("captures with no identifying text (test-data negatives + generated)");
      for (Outcome o : outcomes) {
        if (o.verdict() != Verdict.PASS) {
          out.printf(
              "  %-10s %-9s %-7s %s%n",
              o.id(), o.kind(), o.verdict(), String.join(",", o.reasons()));
        }
      }
      long flagged = outcomes.stream().filter(Outcome::headerFlagged).count();
      out.printf(
          "captures                    %d (%d with a risky header flag)%n",
          outcomes.size(), flagged);
      out.printf(
          "PASS rate                   %.1f %% of all; %.1f %% without a risky header flag"
              + " (target >= 90 %%)%n",
          100 * passRate(false), 100 * passRate(true));
      out.printf(
          "pixel check alone PASS      %.1f %% (no pixel.* reason)%n", 100 * pixelPassRate());
      out.printf("non-text pixels filled      %.3f %% (target <= 0.5 %%)%n", 100 * filledShare());
      out.println("REVIEW/BLOCK reasons        (captures)");
      reasonCounts().forEach((code, n) -> out.printf("  %-26s %d%n", code, n));
    }
  }

  private final ShareService service;

  public PrecisionBenchmark(ShareService service) {
    this.service = service;
  }

  /**
   * Runs the pipeline over the negatives in {@code fixturesDir} (kind {@code negative}) and {@code
   * generated} captures from {@code seed}.
   */
  public Report run(Path fixturesDir, long seed, int generated)
      throws IOException, BadInputException {
    List<Outcome> outcomes = new ArrayList<>();
    for (ImageFixture f : Fixtures.images(fixturesDir)) {
      if (f.kind().equals("negative")) {
        List<Box> text = f.truth().stream().map(TruthRegion::box).toList();
        outcomes.add(
            score(
                f.id(), f.kind(), ImageFiles.read(f.image()), HeaderFiles.read(f.header()), text));
      }
    }
    for (NegativeCaptures.Capture c : NegativeCaptures.generate(seed, generated)) {
      outcomes.add(score(c.id(), c.kind(), c.image(), c.header(), c.text()));
    }
    return new Report(outcomes);
  }

  /** Checks one capture and measures it against the boxes of the text drawn into it. */
  public Outcome score(
      String id, String kind, BufferedImage image, Dataset header, List<Box> text) {
    CheckedShare checked = service.check(new ShareInput(image, Optional.of(header), ""));
    int w = image.getWidth();
    int h = image.getHeight();
    Coverage textArea =
        Coverage.of(w, h, text.stream().map(b -> b.grow(Benchmark.TEXT_MARGIN, w, h)).toList());
    Coverage filled = Coverage.of(w, h, checked.filled());
    List<String> reasons =
        checked.report().reasons().stream()
            .filter(r -> r.floor() != Verdict.PASS)
            .map(Reason::code)
            .toList();
    boolean flagged = reasons.stream().anyMatch(code -> code.startsWith("header."));
    return new Outcome(
        id,
        kind,
        checked.report().verdict(),
        reasons,
        flagged,
        filled.areaOutside(textArea),
        textArea.imageArea() - textArea.area());
  }
}
