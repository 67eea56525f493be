/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.awt.image.BufferedImage;
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
 * too, for a bounded number of rounds, and whatever still survives keeps the verdict off PASS.
 */
public final class ShareService {

  /** Extra redaction rounds after the first when the re-scan still finds text. */
  static final int EXTRA_ROUNDS = 2;

  private final PixelScanner pixels;

  public ShareService(PixelScanner pixels) {
    this.pixels = pixels;
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
    PhiMatcher lexicon = PostLexicon.of(lexiconFor(input.header(), findings), otherHeaders);
    List<CaptionFinding> caption = checkCaption(input.caption(), lexicon, findings);
    // The capture's own samples, deep grey windowed once: what is checked is what is posted.
    PostableImage postable = PostableImage.asIs(input.image(), HeaderWindow.of(input.header()));
    PixelOutcome pixelOutcome = pixelCheck.apply(postable.image(), lexicon, findings);
    return checked(findings, caption, pixelOutcome, start).withWindow(postable.window());
  }

  private static List<CaptionFinding> checkCaption(
      String text, PhiMatcher lexicon, List<Finding> findings) {
    List<CaptionFinding> caption = CaptionScanner.scan(text, lexicon);
    if (!caption.isEmpty()) {
      TreeSet<String> categories = new TreeSet<>();
      caption.forEach(f -> categories.add(f.category()));
      findings.add(new Finding.CaptionPhi(caption.size(), categories));
    }
    return caption;
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
      addRegionFindings(first.regions(), out);
      if (!residual.isEmpty()) {
        boolean phi = residual.stream().anyMatch(TextRegion::phi);
        out.add(new Finding.ResidualText(residual.size(), phi));
      }
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
      if (!readable.isEmpty()) {
        out.add(
            new Finding.TextInFinalImage(
                readable.size(), readable.stream().anyMatch(TextRegion::phi)));
      }
      return new PixelOutcome(regions, readable, Optional.of(image), List.of(), regions);
    } catch (OcrUnavailableException | RuntimeException e) {
      return uncheckable(e, out);
    }
  }

  /** A check that cannot run blocks the share: an unchecked image never leaves. */
  private static PixelOutcome uncheckable(Exception e, List<Finding> out) {
    // The OCR engine's own message says what is missing; any other message might quote pixel
    // text, so only the class name is shown.
    String why =
        e instanceof OcrUnavailableException
            ? e.getMessage()
            : "internal error " + e.getClass().getSimpleName();
    out.add(new Finding.CheckFailed("burned-in text", why));
    return new PixelOutcome(List.of(), List.of(), Optional.empty(), List.of(), List.of());
  }

  private static void addRegionFindings(List<TextRegion> regions, List<Finding> out) {
    TreeSet<String> phiCategories = new TreeSet<>();
    int phi = 0;
    int unknown = 0;
    for (TextRegion r : regions) {
      if (r.classification() == RegionClass.PHI) {
        phi++;
        phiCategories.addAll(r.matches());
      } else if (r.classification() == RegionClass.UNKNOWN_TEXT) {
        unknown++;
      }
    }
    if (phi > 0) {
      out.add(new Finding.RedactedText(RegionClass.PHI, phi, phiCategories));
    }
    if (unknown > 0) {
      out.add(new Finding.RedactedText(RegionClass.UNKNOWN_TEXT, unknown, new TreeSet<>()));
    }
  }
}
