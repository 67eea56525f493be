/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.check;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.caption.CaptionScanner;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.HeaderRisk;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.phi.PhiMatcher;
import org.radshare.core.phi.UsableHeader;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.FinalVerifier;
import org.radshare.core.pixel.ImageNormalizer;
import org.radshare.core.pixel.OcrUnavailableException;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Finding;

/**
 * The safety rules of every check, in one place for stills, layout posts and clips: the lexicon and
 * risk flags from the header, caption findings, pixel regions and residue turned into {@link
 * Finding}s, a check that cannot run, and the independent {@link FinalVerifier} of every image or
 * frame exactly as it will leave. {@code ShareService} and {@code ClipService} only run their pixel
 * strategies and call these rules, so a rule fixed here is fixed for all of them.
 */
public final class CheckRules {
  private final FinalVerifier verifier;

  public CheckRules(PixelScanner pixels) {
    this.verifier = new FinalVerifier(pixels);
  }

  /** The header's identifiers, with its risk flags (or the missing header) added to {@code out}. */
  public static PhiMatcher lexicon(Optional<Dataset> header, List<Finding> out) {
    if (header.isEmpty()) {
      out.add(new Finding.MissingHeader());
      return PhiLexicon.from(Dataset.empty());
    }
    // A header with no usable patient identifiers is no better than none.
    UsableHeader.problem(header.get()).ifPresent(why -> out.add(new Finding.MissingHeader(why)));
    for (HeaderRisk risk : HeaderRisk.assess(header.get())) {
      out.add(
          new Finding.HeaderFlag(
              risk.name().toLowerCase(Locale.ROOT).replace('_', '-'),
              risk.description(),
              risk == HeaderRisk.ENCAPSULATED_DOCUMENT));
    }
    return PhiLexicon.from(header.get());
  }

  /** The caption's identifiers; any makes a {@link Finding.CaptionPhi}. */
  public static List<CaptionFinding> caption(String text, PhiMatcher lexicon, List<Finding> out) {
    List<CaptionFinding> caption = CaptionScanner.scan(text, lexicon);
    if (!caption.isEmpty()) {
      TreeSet<String> categories = new TreeSet<>();
      caption.forEach(f -> categories.add(f.category()));
      out.add(new Finding.CaptionPhi(caption.size(), categories));
    }
    return caption;
  }

  /** Redacted regions (identifying or unrecognised) as findings; benign ones add nothing. */
  public static void regions(Collection<TextRegion> regions, List<Finding> out) {
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

  /**
   * Text the first pass still detects after its redaction rounds.
   *
   * @param filled the rectangles filled by the redaction: residue touching one blocks
   */
  public static void residual(
      Collection<TextRegion> residual, Collection<Box> filled, List<Finding> out) {
    if (!residual.isEmpty()) {
      boolean over =
          residual.stream().anyMatch(r -> filled.stream().anyMatch(f -> f.intersects(r.box())));
      out.add(
          new Finding.ResidualText(
              residual.size(), residual.stream().anyMatch(TextRegion::phi), over));
    }
  }

  /** Text readable in an image the user edited and asked to post as it is. */
  public static void readable(Collection<TextRegion> readable, List<Finding> out) {
    if (!readable.isEmpty()) {
      out.add(
          new Finding.TextInFinalImage(
              readable.size(), readable.stream().anyMatch(TextRegion::phi)));
    }
  }

  /** A check that cannot run blocks: an unchecked image never leaves. */
  public static void failed(String check, Exception e, List<Finding> out) {
    // The OCR engine's own message says what is missing; any other message might quote pixel
    // text, so only the class name is shown.
    String why =
        e instanceof OcrUnavailableException
            ? e.getMessage()
            : "internal error " + e.getClass().getSimpleName();
    out.add(new Finding.CheckFailed(check, why));
  }

  /**
   * The final verification of every image exactly as it will leave: a still, each image of a
   * layout, each frame of a clip (frames identical in pixels and redactions are looked at once).
   * Anything it finds blocks; a verification that cannot run blocks too.
   */
  public void verifyPosted(List<PostedImage> images, PhiMatcher lexicon, List<Finding> out) {
    int residue = 0;
    int identifiers = 0;
    Set<List<Object>> seen = new HashSet<>();
    try {
      for (PostedImage image : images) {
        if (!seen.add(List.of(content(image.image()), image.filled()))) {
          continue;
        }
        FinalVerifier.Outcome outcome =
            verifier.verify(image.image(), image.filled(), image.kept(), lexicon);
        residue += outcome.residue();
        identifiers += outcome.identifiers();
      }
    } catch (OcrUnavailableException | RuntimeException e) {
      failed("final verification", e, out);
      return;
    }
    if (residue > 0 || identifiers > 0) {
      out.add(new Finding.FinalVerification(residue, identifiers));
    }
  }

  /** Pixel content as a comparable value (packed RGB rows with the size). */
  private static List<Object> content(BufferedImage image) {
    BufferedImage rgb = ImageNormalizer.asRgb(image);
    int[] data = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    return List.of(rgb.getWidth(), rgb.getHeight(), new PixelKey(data));
  }

  /** Array content with value equality. */
  private record PixelKey(int[] data) {
    @Override
    public boolean equals(Object o) {
      return o instanceof PixelKey k && Arrays.equals(k.data, data);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(data);
    }
  }
}
