/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.check.CheckRules;
import org.radshare.core.check.PostedImage;
import org.radshare.core.phi.PhiMatcher;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.FrameReader;
import org.radshare.core.pixel.OcrUnavailableException;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.policy.Decision;
import org.radshare.core.policy.Finding;
import org.radshare.core.policy.VerdictEngine;

/**
 * The de-identification pipeline for a clip (a scroll through a series, an ultrasound loop): the
 * same header, caption and verdict rules as a still, with the pixels checked frame by frame by
 * {@link ClipChecker} and one verified mask filled on the frames. The rules themselves, and the
 * final verification of every frame as it will leave, are {@link CheckRules}, shared with stills.
 * Front ends call {@link #check} first and {@link #recheck} after the radiologist edits the mask.
 */
public final class ClipService {
  private final PixelScanner pixels;
  private final CheckRules rules;

  public ClipService(PixelScanner pixels) {
    this.pixels = pixels;
    this.rules = new CheckRules(pixels);
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
    PhiMatcher lexicon = CheckRules.lexicon(input.header(), findings);
    List<CaptionFinding> caption = CheckRules.caption(input.caption(), lexicon, findings);
    ClipChecker checker = new ClipChecker(pixels, new FrameReader(pixels, lexicon));
    ClipChecker.ClipScan scan = null;
    try {
      scan =
          edited == null
              ? checker.check(input.frames(), ClipMask.of(List.of()))
              : withDetection(checker.applyAndVerify(input.frames(), edited), previous);
      CheckRules.regions(scan.regions().stream().map(FrameRegion::region).toList(), findings);
      // Residue is judged against every box filled on any frame: over-strict, never lax.
      List<Box> filled = new ArrayList<>();
      for (int i = 0; i < scan.redacted().size(); i++) {
        filled.addAll(scan.mask().boxesFor(i));
      }
      CheckRules.residual(
          scan.residual().stream().map(FrameRegion::region).toList(), filled, findings);
    } catch (OcrUnavailableException | RuntimeException e) {
      CheckRules.failed("burned-in text", e, findings);
      scan = null;
    }
    if (scan != null) {
      rules.verifyPosted(posted(scan), lexicon, findings);
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

  /** Every redacted frame with the boxes filled on it and the benign text kept in the clip. */
  private static List<PostedImage> posted(ClipChecker.ClipScan scan) {
    List<Box> kept = PostedImage.keptBoxes(scan.regions().stream().map(FrameRegion::region));
    List<PostedImage> out = new ArrayList<>();
    for (int i = 0; i < scan.redacted().size(); i++) {
      out.add(new PostedImage(scan.redacted().frame(i), scan.mask().boxesFor(i), kept));
    }
    return out;
  }
}
