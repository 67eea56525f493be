/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.review.RedactionPlan;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.ScanReport;
import org.radshare.plugin.capture.Capture;
import org.radshare.plugin.post.ImageToPost;

/**
 * The review's slow work over every image of a post, asked of the backend off the event thread:
 * reading the headers and checking the captures, checking the caption against every header, and
 * posting exactly what was previewed.
 */
final class PostWork {

  private PostWork() {}

  /** The headers and reports of every capture, in order. */
  record Scanned(List<String> jsons, List<ScanReport> reports) {}

  static Scanned scan(ReviewBackend backend, List<Capture> captures) throws Exception {
    List<String> jsons = new ArrayList<>();
    List<ScanReport> reports = new ArrayList<>();
    for (Capture c : captures) {
      String json = c.header().call();
      jsons.add(json);
      reports.add(backend.scan(c.image(), json, ""));
    }
    return new Scanned(List.copyOf(jsons), List.copyOf(reports));
  }

  /**
   * The caption's findings against every image's header (the images may show other patients), each
   * finding once.
   */
  static List<CaptionFinding> checkCaption(ReviewBackend backend, List<String> jsons, String text)
      throws Exception {
    List<CaptionFinding> findings = new ArrayList<>();
    for (String json : jsons.stream().distinct().toList()) {
      for (CaptionFinding f : backend.scanCaption(json, text)) {
        if (!findings.contains(f)) {
          findings.add(f);
        }
      }
    }
    return findings;
  }

  /**
   * Posts the final images (redacted and cropped by their plans) in one post. One image goes the
   * way it always has; several go together, each with its header and alt text.
   */
  static List<String> post(
      ReviewBackend backend,
      List<Capture> captures,
      List<RedactionPlan> plans,
      List<String> jsons,
      List<String> altTexts,
      ShareDraft draft,
      Justification justification)
      throws Exception {
    if (captures.size() == 1) {
      return backend.post(
          Redactions.apply(backend, captures.get(0).image(), plans.get(0)),
          jsons.get(0),
          draft,
          justification);
    }
    List<ImageToPost> images = new ArrayList<>();
    for (int i = 0; i < captures.size(); i++) {
      BufferedImage last = Redactions.apply(backend, captures.get(i).image(), plans.get(i));
      images.add(new ImageToPost(last, jsons.get(i), altTexts.get(i)));
    }
    return backend.post(images, draft, justification);
  }
}
