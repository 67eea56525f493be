/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.PixelScanner;

/**
 * The redaction mask of a clip: boxes filled on every frame (everything identifying found on any
 * frame, and everything unreadable found on the composites of all frames), boxes the checks found
 * unreadable on some frames only (filled on exactly those frames), plus boxes the radiologist drew
 * for a range of frames. Filling identifying and composite text on all frames means text that moves
 * or flickers cannot slip out on the frame where detection happened to miss it; filling per-frame
 * unreadable blobs (ultrasound speckle, anatomy the glyph detector takes for text) only where they
 * were seen keeps the rest of the clip's anatomy.
 *
 * @param everyFrame boxes filled on every frame
 * @param ranged boxes the radiologist chose to fill on a range of frames only
 * @param detected boxes the checks found unreadable on some frames, filled on those frames only
 */
public record ClipMask(List<Box> everyFrame, List<RangedBox> ranged, List<RangedBox> detected) {

  /** A box filled on frames {@code first} to {@code last}, both included. */
  public record RangedBox(Box box, int first, int last) {
    public RangedBox {
      if (first < 0 || last < first) {
        throw new IllegalArgumentException("Bad frame range " + first + "–" + last + ".");
      }
    }

    boolean covers(int frame) {
      return frame >= first && frame <= last;
    }
  }

  public ClipMask {
    everyFrame = List.copyOf(everyFrame);
    ranged = List.copyOf(ranged);
    detected = List.copyOf(detected);
  }

  public static ClipMask of(List<Box> everyFrame) {
    return new ClipMask(everyFrame, List.of(), List.of());
  }

  /** This mask with more boxes on every frame. */
  public ClipMask plus(List<Box> more) {
    List<Box> all = new ArrayList<>(everyFrame);
    all.addAll(more);
    return new ClipMask(all, ranged, detected);
  }

  /** This mask with a manual box on frames {@code first}–{@code last}. */
  public ClipMask plusRange(Box box, int first, int last) {
    List<RangedBox> all = new ArrayList<>(ranged);
    all.add(new RangedBox(box, first, last));
    return new ClipMask(everyFrame, all, detected);
  }

  /** This mask with boxes the checks found on some frames only. */
  ClipMask plusDetected(List<RangedBox> more) {
    List<RangedBox> all = new ArrayList<>(detected);
    all.addAll(more);
    return new ClipMask(everyFrame, ranged, all);
  }

  /** This mask with the detected boxes filled on every frame instead of on their frames only. */
  ClipMask everywhere() {
    List<Box> all = new ArrayList<>(everyFrame);
    detected.stream().map(RangedBox::box).distinct().forEach(all::add);
    return new ClipMask(all, ranged, List.of());
  }

  /** The boxes filled on frame {@code index}. */
  public List<Box> boxesFor(int index) {
    List<Box> boxes = new ArrayList<>(everyFrame);
    for (RangedBox r : ranged) {
      if (r.covers(index)) {
        boxes.add(r.box());
      }
    }
    for (RangedBox r : detected) {
      if (r.covers(index)) {
        boxes.add(r.box());
      }
    }
    return boxes;
  }

  /** Every frame with this mask filled (each box grown by the redactor's safety margin). */
  public FrameSet apply(FrameSet frames, PixelScanner pixels) {
    // Each frame is filled on its own copy: spread the frames over the cores.
    List<BufferedImage> out =
        IntStream.range(0, frames.size())
            .parallel()
            .mapToObj(i -> pixels.redactBoxes(frames.frame(i), boxesFor(i)).image())
            .toList();
    return frames.withFrames(out);
  }
}
