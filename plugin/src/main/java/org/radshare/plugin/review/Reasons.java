/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.policy.Reason;
import org.radshare.core.review.ReviewModel;
import org.radshare.plugin.Messages;

/**
 * Core's reasons for a verdict in plain clinical words: the most serious first (what blocks, then
 * what needs review), one sentence each with what to do next, repeated reasons counted once with
 * proper plurals. Only wording: the verdict and its reasons are core's.
 */
final class Reasons {

  private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");

  private Reasons() {}

  /** The model's reasons as sentences, most serious first. */
  static List<String> describe(ReviewModel model) {
    Map<String, List<Reason>> byCode = new LinkedHashMap<>();
    for (Reason r : model.reasons()) {
      byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r);
    }
    List<List<Reason>> groups = new ArrayList<>(byCode.values());
    groups.sort(Comparator.comparing((List<Reason> g) -> g.get(0).floor()).reversed());
    List<String> out = new ArrayList<>();
    for (List<Reason> g : groups) {
      out.add(capitalised(sentence(g.get(0), g.size(), model)));
    }
    return out;
  }

  /** One reason on its own (no model at hand): the bundle's wording, else core's message. */
  static String describe(Reason r) {
    String key = "reason." + r.code();
    if (!Messages.has(key)) {
      return r.message();
    }
    return Messages.format(key, firstNumber(r.message()), "");
  }

  private static String sentence(Reason r, int times, ReviewModel model) {
    String key = "reason." + r.code();
    if (!Messages.has(key)) {
      return r.message();
    }
    return switch (r.code()) {
      case ReviewModel.PHI_SHOWN, ReviewModel.UNKNOWN_SHOWN -> Messages.format(key, times);
      case ReviewModel.CAPTION_PHI -> {
        List<CaptionFinding> f = model.captionFindings();
        yield Messages.format(
            key, f.size(), names(f.stream().map(CaptionFinding::category).toList()));
      }
      case "pixel.phi-redacted" -> {
        List<TextRegion> phi = regions(model, RegionClass.PHI);
        int n = phi.isEmpty() ? firstNumber(r.message()) : phi.size();
        String which = names(phi.stream().flatMap(t -> t.matches().stream()).toList());
        yield which.isEmpty()
            ? Messages.format("reason.pixel.phi-redacted.unnamed", n)
            : Messages.format(key, n, which);
      }
      case "pixel.text-redacted" -> {
        int n = regions(model, RegionClass.UNKNOWN_TEXT).size();
        yield Messages.format(key, n == 0 ? firstNumber(r.message()) : n);
      }
      default -> Messages.format(key, firstNumber(r.message()), "");
    };
  }

  /** What a region is, in two or three words, for its list entry ("Patient name"). */
  static String what(TextRegion r) {
    return switch (r.classification()) {
      case PHI ->
          r.matches().isEmpty()
              ? Messages.getString("region.what.phi")
              : capitalised(names(r.matches()));
      case UNKNOWN_TEXT -> Messages.getString("region.what.unknown");
      case BENIGN -> Messages.getString("region.what.benign");
    };
  }

  /** What a region is and why it was flagged, for its marker's hover text and list entry. */
  static String why(TextRegion r) {
    return switch (r.classification()) {
      case PHI ->
          r.matches().isEmpty()
              ? Messages.getString("region.why.phi")
              : Messages.format("region.why.matches", names(r.matches()));
      case UNKNOWN_TEXT -> Messages.getString("region.why.unknown");
      case BENIGN -> Messages.getString("region.why.benign");
    };
  }

  /**
   * Header attributes and patterns in words ("patient name", "date"), each once, in order; unknown
   * names as they are.
   */
  static String names(List<String> raw) {
    List<String> out = new ArrayList<>();
    for (String name : new TreeSet<>(raw)) {
      String key = "attribute." + name;
      String shown = Messages.has(key) ? Messages.getString(key) : name;
      if (!out.contains(shown)) {
        out.add(shown);
      }
    }
    return String.join(", ", out);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  private static List<TextRegion> regions(ReviewModel model, RegionClass c) {
    return model.plan().regions().stream().filter(t -> t.classification() == c).toList();
  }

  private static int firstNumber(String message) {
    Matcher m = FIRST_NUMBER.matcher(message == null ? "" : message);
    return m.find() ? Integer.parseInt(m.group()) : 1;
  }
}
