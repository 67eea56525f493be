/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.pixel.GreyWindow;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Verdict;

/**
 * Renders the {@code scan --json} object of the command-line contract (README,
 * docs/architecture.md): verdict, textRegions, captionFindings, elapsedMillis. A region's {@code
 * phi} is true when it will be redacted as identifying — a recognised identifier or unreadable
 * text, which fails closed — and {@code classification} says which. Clips use the same pieces and
 * add a {@code frame} index.
 */
final class ScanJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScanJson() {}

  static String render(
      Verdict verdict,
      List<TextRegion> regions,
      List<CaptionFinding> captionFindings,
      long elapsedMillis) {
    ObjectNode root = root(verdict);
    ArrayNode regionArray = root.putArray("textRegions");
    regions.forEach(r -> addRegion(regionArray, r));
    return finish(root, captionFindings, elapsedMillis);
  }

  /**
   * One line of a batch (JSON Lines): the single-image object with the {@code image} it describes
   * first, the {@code window} that brought deep grey to 8 bits (only for such images) and, for
   * {@code redact}, the file {@code written} (null when nothing was written).
   */
  static String renderLine(
      String image,
      Verdict verdict,
      List<TextRegion> regions,
      List<CaptionFinding> captionFindings,
      long elapsedMillis,
      Optional<GreyWindow> window,
      Optional<Optional<String>> written) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("image", image);
    root.put("verdict", verdict.name());
    ArrayNode regionArray = root.putArray("textRegions");
    regions.forEach(r -> addRegion(regionArray, r));
    window.ifPresent(
        w -> {
          ObjectNode node = root.putObject("window");
          node.put("center", w.center());
          node.put("width", w.width());
          node.put("source", w.source().name());
        });
    written.ifPresent(w -> root.put("written", w.orElse(null)));
    return finish(root, captionFindings, elapsedMillis);
  }

  /** The object with its verdict; regions, caption findings and time follow. */
  static ObjectNode root(Verdict verdict) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("verdict", verdict.name());
    return root;
  }

  /** Appends one region object to {@code regions} and returns it (clips add their frame). */
  static ObjectNode addRegion(ArrayNode regions, TextRegion r) {
    ObjectNode node = regions.addObject();
    node.put("x", r.box().x());
    node.put("y", r.box().y());
    node.put("width", r.box().width());
    node.put("height", r.box().height());
    node.put("text", r.text());
    node.put("phi", r.classification().redacted());
    ArrayNode matches = node.putArray("matches");
    r.matches().forEach(matches::add);
    node.put("classification", r.classification().name());
    return node;
  }

  /** Adds the caption findings and the elapsed time, and returns the JSON text. */
  static String finish(ObjectNode root, List<CaptionFinding> captionFindings, long elapsedMillis) {
    ArrayNode findings = root.putArray("captionFindings");
    for (CaptionFinding f : captionFindings) {
      ObjectNode node = findings.addObject();
      node.put("start", f.start());
      node.put("end", f.end());
      node.put("text", f.text());
      node.put("category", f.category());
    }
    root.put("elapsedMillis", elapsedMillis);
    return root.toString();
  }
}
