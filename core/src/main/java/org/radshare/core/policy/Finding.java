/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import java.util.SortedSet;
import java.util.TreeSet;
import org.radshare.core.pixel.RegionClass;

/**
 * What the checks found, as facts the verdict is derived from. Each kind states the reason it gives
 * and the least strict verdict it allows. Findings carry kinds and counts, never values, so they
 * can be shown, logged and audited as they are.
 *
 * <p>There is no finding for benign overlay text: it stays in the image and never raises the
 * verdict. Every redaction (identifiers, or unrecognised text blacked out to fail closed) is REVIEW
 * through {@link RedactedText}.
 */
public sealed interface Finding {

  /** The reason this finding contributes to the verdict. */
  Reason reason();

  /** Text was found in the pixels and redacted (PHI or unreadable/unknown text). */
  record RedactedText(RegionClass classification, int count, SortedSet<String> categories)
      implements Finding {
    public RedactedText {
      if (!classification.redacted()) {
        throw new IllegalArgumentException("benign text is not redacted");
      }
      categories = new TreeSet<>(categories);
    }

    @Override
    public Reason reason() {
      if (classification == RegionClass.PHI) {
        return new Reason(
            "pixel.phi-redacted",
            Verdict.REVIEW,
            count
                + " region(s) of burned-in identifiers ("
                + String.join(", ", categories)
                + ") were blacked out: check the preview.");
      }
      return new Reason(
          "pixel.text-redacted",
          Verdict.REVIEW,
          count + " region(s) of unrecognised text were blacked out: check the preview.");
    }
  }

  /**
   * Text still detected after redaction: the redaction did not verify.
   *
   * @param overRedaction whether some of it lies where a redaction was made: residue there may be
   *     the identifier itself showing through, so it blocks even when not read as one (issue 10)
   */
  record ResidualText(int count, boolean phi, boolean overRedaction) implements Finding {
    @Override
    public Reason reason() {
      if (phi) {
        return new Reason(
            "pixel.residual-phi",
            Verdict.BLOCK,
            count + " identifying text region(s) are still readable after redaction.");
      }
      return overRedaction
          ? new Reason(
              "pixel.residual-over-redaction",
              Verdict.BLOCK,
              count + " text region(s) are still detected where a redaction was made.")
          : new Reason(
              "pixel.residual-text",
              Verdict.REVIEW,
              count + " text region(s) are still detected after redaction: check them.");
    }
  }

  /**
   * Text still readable in an image the user edited (toggled regions, own boxes, crop) and asked to
   * post as it is. Nothing redacts it automatically — that would post pixels the user never saw —
   * so any identifying or unrecognised text blocks until the user redacts it.
   */
  record TextInFinalImage(int count, boolean phi) implements Finding {
    @Override
    public Reason reason() {
      return new Reason(
          phi ? "pixel.final-phi" : "pixel.final-text",
          Verdict.BLOCK,
          count
              + (phi ? " identifying" : " unrecognised")
              + " text region(s) are readable in the image to be posted: redact them.");
    }
  }

  /**
   * The independent final verification of the exact image to be posted saw text-like residue beside
   * a redaction or read an identifier: the first pass missed something, so nothing leaves.
   */
  record FinalVerification(int residue, int identifiers) implements Finding {
    /** The reason code it gives. */
    public static final String CODE = "pixel.final-verification";

    @Override
    public Reason reason() {
      return new Reason(
          CODE,
          Verdict.BLOCK,
          "The final check of the image to be posted found "
              + (identifiers > 0 ? identifiers + " readable identifier(s)" : "")
              + (identifiers > 0 && residue > 0 ? " and " : "")
              + (residue > 0 ? residue + " text remnant(s) beside a redaction" : "")
              + ": redact them.");
    }
  }

  /** The caption contains identifiers; the radiologist must edit it. */
  record CaptionPhi(int count, SortedSet<String> categories) implements Finding {
    public CaptionPhi {
      categories = new TreeSet<>(categories);
    }

    @Override
    public Reason reason() {
      return new Reason(
          "caption.phi",
          Verdict.BLOCK,
          "The caption contains "
              + count
              + " identifier(s) ("
              + String.join(", ", categories)
              + "): remove them.");
    }
  }

  /** The DICOM header marks the image as risky (burned-in annotation, ultrasound…). */
  record HeaderFlag(String code, String description, boolean alwaysBlocks) implements Finding {
    @Override
    public Reason reason() {
      return new Reason(
          "header." + code, alwaysBlocks ? Verdict.BLOCK : Verdict.REVIEW, description);
    }
  }

  /** No DICOM header came with the image, so identifiers cannot be looked up by value. */
  record MissingHeader(String why) implements Finding {
    /** No header at all. */
    public MissingHeader() {
      this("No DICOM header was given");
    }

    @Override
    public Reason reason() {
      return new Reason(
          "header.missing",
          Verdict.REVIEW,
          why + ": names and IDs are caught only as unknown text.");
    }
  }

  /** A check could not run. The share is blocked: an unchecked image never leaves. */
  record CheckFailed(String check, String why) implements Finding {
    @Override
    public Reason reason() {
      return new Reason(
          "check.failed",
          Verdict.BLOCK,
          "The " + check + " check could not run (" + why + "): nothing is posted.");
    }
  }
}
