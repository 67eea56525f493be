/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.check.CheckRules;
import org.radshare.core.check.PostedImage;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.phi.PhiMatcher;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.OcrUnavailableException;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.pixel.PostableImage;
import org.radshare.core.pixel.Redaction;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.pixel.VerifiedRedaction;
import org.radshare.core.policy.Decision;
import org.radshare.core.policy.Finding;
import org.radshare.core.policy.VerdictEngine;

/**
 * The de-identification pipeline both front ends run: header → lexicon and risk flags, caption →
 * findings, pixels → detect, redact and verify, then the verdict. The plugin and the command line
 * are thin layers over this class.
 *
 * <p>Redaction is verified by scanning the redacted image again; text that survives is redacted
 * too, for a bounded number of rounds, and whatever still survives keeps the verdict off PASS. The
 * safety rules themselves (findings, the final verification of the image as it will leave) live in
 * {@link CheckRules}, shared with clips.
 */
public final class ShareService {

  /** Extra redaction rounds after the first when the re-scan still finds text. */
  static final int EXTRA_ROUNDS = 2;

  private final PixelScanner pixels;
  private final CheckRules rules;

  public ShareService(PixelScanner pixels) {
    this.pixels = pixels;
    this.rules = new CheckRules(pixels);
  }

  /** A service over the bundled OCR engine (loaded lazily, once, on first use). */
  public static ShareService create() {
    return new ShareService(new PixelScanner());
  }

  public PixelScanner pixels() {
    return pixels;
  }

  /** Runs every check on the input and returns the report and the image as it would be posted. */
  public CheckedShare check(ShareInput input) {
    return run(input, List.of(), this::checkPixels);
  }

  /**
   * {@link #check} for one image of a post of several: the headers of the post's other images are
   * identifying too, in the caption and in the pixels.
   */
  public CheckedShare check(ShareInput input, List<Dataset> otherHeaders) {
    return run(input, otherHeaders, this::checkPixels);
  }

  /**
   * Re-checks an image the user edited in review (regions toggled, own boxes drawn, cropped)
   * exactly as it will be posted: header and caption as in {@link #check}, then every text region
   * still readable in {@code input.image()}. Nothing is redacted automatically here — the image
   * that leaves is the one the user saw — so identifying or unrecognised text blocks ({@link
   * Finding.TextInFinalImage}) and an image that cannot be read blocks too.
   *
   * @return the report; {@code redacted()} is {@code input.image()} itself when it could be checked
   */
  public CheckedShare recheck(ShareInput input) {
    return run(input, List.of(), this::recheckPixels);
  }

  /** {@link #recheck} for one image of a post of several (see {@link #check(ShareInput, List)}). */
  public CheckedShare recheck(ShareInput input, List<Dataset> otherHeaders) {
    return run(input, otherHeaders, this::recheckPixels);
  }

  /**
   * How the pixels are checked: detect-redact-verify for a capture, read-only for a final image.
   */
  @FunctionalInterface
  private interface PixelCheck {
    PixelOutcome apply(BufferedImage image, PhiMatcher lexicon, List<Finding> findings);
  }

  private CheckedShare run(ShareInput input, List<Dataset> otherHeaders, PixelCheck pixelCheck) {
    long start = System.nanoTime();
    List<Finding> findings = new ArrayList<>();
    PhiMatcher lexicon = PostLexicon.of(CheckRules.lexicon(input.header(), findings), otherHeaders);
    List<CaptionFinding> caption = CheckRules.caption(input.caption(), lexicon, findings);
    // The capture's own samples, deep grey windowed once: what is checked is what is posted.
    PostableImage postable = PostableImage.asIs(input.image(), HeaderWindow.of(input.header()));
    PixelOutcome pixelOutcome = pixelCheck.apply(postable.image(), lexicon, findings);
    if (pixelOutcome.redacted().isPresent()) {
      List<Box> kept = PostedImage.keptBoxes(pixelOutcome.regions().stream());
      rules.verifyPosted(
          List.of(new PostedImage(pixelOutcome.redacted().get(), pixelOutcome.filled(), kept)),
          lexicon,
          findings);
    }
    return checked(findings, caption, pixelOutcome, start).withWindow(postable.window());
  }

  private static CheckedShare checked(
      List<Finding> findings, List<CaptionFinding> caption, PixelOutcome pixelOutcome, long start) {
    Decision decision = VerdictEngine.decide(findings);
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    ScanReport report =
        new ScanReport(
            decision.verdict(),
            decision.reasons(),
            pixelOutcome.regions(),
            caption,
            pixelOutcome.residual(),
            elapsed);
    return new CheckedShare(
        report, pixelOutcome.redacted(), pixelOutcome.filled(), pixelOutcome.outputRegions());
  }

  private record PixelOutcome(
      List<TextRegion> regions,
      List<TextRegion> residual,
      Optional<BufferedImage> redacted,
      List<Box> filled,
      List<TextRegion> outputRegions) {}

  private PixelOutcome checkPixels(BufferedImage image, PhiMatcher lexicon, List<Finding> out) {
    try {
      VerifiedRedaction first = pixels.redactAndVerify(image, lexicon);
      BufferedImage redacted = first.image();
      List<Box> filled = new ArrayList<>(first.filled());
      List<TextRegion> residual = first.residual();
      for (int round = 0; round < EXTRA_ROUNDS && !residual.isEmpty(); round++) {
        Redaction more =
            pixels.redactBoxes(redacted, residual.stream().map(TextRegion::box).toList());
        redacted = more.image();
        filled.addAll(more.filled());
        residual = pixels.residual(redacted, lexicon);
      }
      CheckRules.regions(first.regions(), out);
      CheckRules.residual(residual, filled, out);
      List<TextRegion> output = new ArrayList<>();
      first.regions().stream()
          .filter(r -> r.classification() == RegionClass.BENIGN)
          .forEach(output::add);
      output.addAll(residual);
      return new PixelOutcome(first.regions(), residual, Optional.of(redacted), filled, output);
    } catch (OcrUnavailableException | RuntimeException e) {
      return uncheckable(e, out);
    }
  }

  private PixelOutcome recheckPixels(BufferedImage image, PhiMatcher lexicon, List<Finding> out) {
    try {
      List<TextRegion> regions = pixels.detect(image, lexicon);
      List<TextRegion> readable =
          regions.stream().filter(r -> r.classification().redacted()).toList();
      CheckRules.readable(readable, out);
      return new PixelOutcome(regions, readable, Optional.of(image), List.of(), regions);
    } catch (OcrUnavailableException | RuntimeException e) {
      return uncheckable(e, out);
    }
  }

  /** A check that cannot run blocks the share: an unchecked image never leaves. */
  private static PixelOutcome uncheckable(Exception e, List<Finding> out) {
    CheckRules.failed("burned-in text", e, out);
    return new PixelOutcome(List.of(), List.of(), Optional.empty(), List.of(), List.of());
  }
}
