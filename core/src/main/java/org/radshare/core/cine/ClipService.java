/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.caption.CaptionScanner;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.HeaderRisk;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.phi.PhiMatcher;
import org.radshare.core.phi.UsableHeader;
import org.radshare.core.pixel.FrameReader;
import org.radshare.core.pixel.OcrUnavailableException;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.policy.Decision;
import org.radshare.core.policy.Finding;
import org.radshare.core.policy.VerdictEngine;

/**
 * The de-identification pipeline for a clip (a scroll through a series, an ultrasound loop): the
 * same header, caption and verdict rules as a still, with the pixels checked frame by frame by
 * {@link ClipChecker} and one verified mask filled on the frames. Front ends call {@link #check}
 * first and {@link #recheck} after the radiologist edits the mask.
 */
public final class ClipService {
  private final PixelScanner pixels;

  public ClipService(PixelScanner pixels) {
    this.pixels = pixels;
  }

  /** Runs every check on the clip and returns the report and the frames as they would be posted. */
  public CheckedClip check(ClipInput input) {
    return run(input, null, null);
  }

  /**
   * Fills {@code mask} (the detected mask as the radiologist edited it: manual boxes added for all
   * frames or a range) and verifies the result again. The detected regions and coverage are those
   * of {@code previous}, the check of the same input.
   */
  public CheckedClip recheck(ClipInput input, CheckedClip previous, ClipMask mask) {
    return run(input, previous, mask);
  }

  private CheckedClip run(ClipInput input, CheckedClip previous, ClipMask edited) {
    long start = System.nanoTime();
    List<Finding> findings = new ArrayList<>();
    PhiMatcher lexicon = lexiconFor(input.header(), findings);
    List<CaptionFinding> caption = CaptionScanner.scan(input.caption(), lexicon);
    if (!caption.isEmpty()) {
      TreeSet<String> categories = new TreeSet<>();
      caption.forEach(f -> categories.add(f.category()));
      findings.add(new Finding.CaptionPhi(caption.size(), categories));
    }
    ClipChecker checker = new ClipChecker(pixels, new FrameReader(pixels, lexicon));
    ClipChecker.ClipScan scan = null;
    try {
      scan =
          edited == null
              ? checker.check(input.frames(), ClipMask.of(List.of()))
              : withDetection(checker.applyAndVerify(input.frames(), edited), previous);
      addRegionFindings(scan.regions(), findings);
      if (!scan.residual().isEmpty()) {
        boolean phi = scan.residual().stream().anyMatch(r -> r.region().phi());
        findings.add(new Finding.ResidualText(scan.residual().size(), phi));
      }
    } catch (OcrUnavailableException e) {
      findings.add(new Finding.CheckFailed("burned-in text", e.getMessage()));
    } catch (RuntimeException e) {
      // The message might quote pixel text; the class name is safe to show.
      findings.add(
          new Finding.CheckFailed(
              "burned-in text", "internal error " + e.getClass().getSimpleName()));
      scan = null;
    }
    Decision decision = VerdictEngine.decide(findings);
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    ClipReport report =
        new ClipReport(
            decision.verdict(),
            decision.reasons(),
            scan == null ? List.of() : scan.regions(),
            caption,
            scan == null ? List.of() : scan.residual(),
            scan == null ? List.of() : scan.coverage(),
            scan == null ? List.of() : scan.verifiedCoverage(),
            elapsed);
    return scan == null
        ? new CheckedClip(report, Optional.empty(), ClipMask.of(List.of()))
        : new CheckedClip(report, Optional.of(scan.redacted()), scan.mask());
  }

  private static ClipChecker.ClipScan withDetection(
      ClipChecker.ClipScan verified, CheckedClip previous) {
    return new ClipChecker.ClipScan(
        previous.report().regions(),
        previous.report().coverage(),
        verified.mask(),
        verified.redacted(),
        verified.verifiedCoverage(),
        verified.residual());
  }

  private static PhiMatcher lexiconFor(Optional<Dataset> header, List<Finding> findings) {
    if (header.isEmpty()) {
      findings.add(new Finding.MissingHeader());
      return PhiLexicon.from(Dataset.empty());
    }
    UsableHeader.problem(header.get()).ifPresent(w -> findings.add(new Finding.MissingHeader(w)));
    for (HeaderRisk risk : HeaderRisk.assess(header.get())) {
      findings.add(
          new Finding.HeaderFlag(
              risk.name().toLowerCase(Locale.ROOT).replace('_', '-'),
              risk.description(),
              risk == HeaderRisk.ENCAPSULATED_DOCUMENT));
    }
    return PhiLexicon.from(header.get());
  }

  private static void addRegionFindings(List<FrameRegion> regions, List<Finding> out) {
    TreeSet<String> categories = new TreeSet<>();
    int phi = 0;
    int unknown = 0;
    for (FrameRegion f : regions) {
      if (f.region().classification() == RegionClass.PHI) {
        phi++;
        categories.addAll(f.region().matches());
      } else if (f.region().classification() == RegionClass.UNKNOWN_TEXT) {
        unknown++;
      }
    }
    if (phi > 0) {
      out.add(new Finding.RedactedText(RegionClass.PHI, phi, categories));
    }
    if (unknown > 0) {
      out.add(new Finding.RedactedText(RegionClass.UNKNOWN_TEXT, unknown, new TreeSet<>()));
    }
  }
}
