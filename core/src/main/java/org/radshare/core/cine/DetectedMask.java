/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.RegionClass;

/**
 * Turns what detection found on a clip into its mask. Identifying text found anywhere, and any
 * redacted region found on a composite of all frames, is filled on every frame: a name must not
 * slip out on a frame where detection happened to miss it, and a composite region cannot be tied to
 * the frames that showed it. An unreadable region found on one frame's own glyph lines is filled on
 * that frame and on every frame proven to carry identical text-like content (the same glyph lines
 * and the same pixels around them), and nowhere else: those are exactly the frames that show it,
 * and ultrasound speckle or moving anatomy would otherwise add up to much of the image.
 */
final class DetectedMask {
  private DetectedMask() {}

  /**
   * @param found every region found on the composites and on each scanned frame (not deduplicated)
   * @param coverage how each frame was covered by the detection that produced {@code found}
   */
  static ClipMask of(List<FrameRegion> found, List<FrameCoverage> coverage, ClipMask manual) {
    Map<Integer, List<Integer>> showing = framesShowing(coverage);
    List<Box> everyFrame = new ArrayList<>();
    Map<Box, TreeSet<Integer>> perFrame = new LinkedHashMap<>();
    for (FrameRegion r : found) {
      RegionClass c = r.region().classification();
      if (!c.redacted()) {
        continue;
      }
      if (r.composite() || c == RegionClass.PHI) {
        everyFrame.add(r.region().box());
      } else {
        perFrame
            .computeIfAbsent(r.region().box(), b -> new TreeSet<>())
            .addAll(showing.get(r.frame()));
      }
    }
    everyFrame = everyFrame.stream().distinct().toList();
    List<ClipMask.RangedBox> ranged = new ArrayList<>();
    for (Map.Entry<Box, TreeSet<Integer>> e : perFrame.entrySet()) {
      if (everyFrame.contains(e.getKey())) {
        continue;
      }
      ranged.addAll(runs(e.getKey(), e.getValue()));
    }
    return manual.plus(everyFrame).plusDetected(ranged);
  }

  /** For each scanned frame, itself and every frame whose text-like content equals its own. */
  private static Map<Integer, List<Integer>> framesShowing(List<FrameCoverage> coverage) {
    Map<Integer, List<Integer>> out = new HashMap<>();
    for (FrameCoverage c : coverage) {
      int scanned = c instanceof FrameCoverage.SameTextAs same ? same.scannedFrame() : c.frame();
      out.computeIfAbsent(scanned, k -> new ArrayList<>()).add(c.frame());
    }
    return out;
  }

  /** One ranged box per run of consecutive frames. */
  private static List<ClipMask.RangedBox> runs(Box box, TreeSet<Integer> frames) {
    List<ClipMask.RangedBox> out = new ArrayList<>();
    int first = -1;
    int last = -1;
    for (int f : frames) {
      if (first >= 0 && f == last + 1) {
        last = f;
        continue;
      }
      if (first >= 0) {
        out.add(new ClipMask.RangedBox(box, first, last));
      }
      first = f;
      last = f;
    }
    if (first >= 0) {
      out.add(new ClipMask.RangedBox(box, first, last));
    }
    return out;
  }
}
