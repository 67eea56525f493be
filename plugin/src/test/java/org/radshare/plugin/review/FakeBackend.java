/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.ScanReport;

/** Core's side of the review, faked: fixed regions, a patient called John Doe, solid fills. */
final class FakeBackend implements ReviewBackend {

  static final TextRegion NAME =
      new TextRegion(
          new Box(20, 14, 170, 24),
          "DOE^JOHN",
          0.9,
          RegionClass.PHI,
          List.of("PatientName"),
          TextRegion.Source.OCR);
  static final TextRegion MARKER =
      new TextRegion(
          new Box(360, 140, 20, 26),
          "L",
          0.8,
          RegionClass.BENIGN,
          List.of(),
          TextRegion.Source.OCR);
  static final TextRegion SMUDGE =
      new TextRegion(
          new Box(20, 250, 90, 20),
          "",
          0,
          RegionClass.UNKNOWN_TEXT,
          List.of(),
          TextRegion.Source.GLYPH_CLUSTER);

  final List<String> headersSeen = new ArrayList<>();

  /** The scan's verdict and reasons (PASS with none unless a test says otherwise). */
  volatile Verdict verdict = Verdict.PASS;

  volatile List<org.radshare.core.policy.Reason> reasons = List.of();

  /** What was posted: the image, the draft and the justification. */
  record Posted(BufferedImage image, ShareDraft draft, Justification justification) {}

  /** The department's rules this fake reports: a REVIEW needs 12 characters of justification. */
  static final JustificationRules RULES = new JustificationRules(true, 12, false, 0);

  final java.util.concurrent.CompletableFuture<Posted> posted =
      new java.util.concurrent.CompletableFuture<>();

  @Override
  public ScanReport scan(BufferedImage image, String dicomJson, String caption) {
    headersSeen.add(dicomJson);
    return new ScanReport(
        verdict, reasons, List.of(NAME, MARKER, SMUDGE), List.of(), List.of(), 12);
  }

  @Override
  public List<CaptionFinding> scanCaption(String dicomJson, String caption) {
    int at = caption.toLowerCase(Locale.ROOT).indexOf("john doe");
    return at < 0
        ? List.of()
        : List.of(new CaptionFinding(at, at + 8, caption.substring(at, at + 8), "PatientName"));
  }

  @Override
  public BufferedImage redact(BufferedImage image, List<Box> boxes) {
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.setColor(Color.BLACK);
    boxes.forEach(b -> g.fillRect(b.x(), b.y(), b.width(), b.height()));
    g.dispose();
    return out;
  }

  @Override
  public List<String> post(BufferedImage image, String dicomJson, ShareDraft draft) {
    return post(image, dicomJson, draft, Justification.NONE);
  }

  @Override
  public List<String> post(
      BufferedImage image, String dicomJson, ShareDraft draft, Justification justification) {
    posted.complete(new Posted(image, draft, justification));
    return List.of("https://example.invalid/post/1");
  }

  /** The rules reported (RULES unless a test says otherwise). */
  volatile JustificationRules rules = RULES;

  @Override
  public JustificationRules justificationRules() {
    return rules;
  }
}
