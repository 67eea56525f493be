/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.review;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.TextRegion;

/**
 * Which parts of one captured image will be blacked out, and how it is cropped. Every detected
 * region starts as its classification says (PHI and unknown text redacted, benign text kept); the
 * radiologist may toggle any region, draw extra boxes and crop. A region cropped away entirely
 * needs no redaction.
 */
public final class RedactionPlan {

  private final int width;
  private final int height;
  private final List<TextRegion> regions;
  private final BitSet redacted = new BitSet();
  private final List<Box> manual = new ArrayList<>();
  private Box crop;

  /** A plan for a {@code width}×{@code height} image with the regions detected in it. */
  public RedactionPlan(int width, int height, List<TextRegion> regions) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("empty image " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.regions = List.copyOf(regions);
    for (int i = 0; i < this.regions.size(); i++) {
      redacted.set(i, this.regions.get(i).classification().redacted());
    }
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public List<TextRegion> regions() {
    return regions;
  }

  public boolean isRedacted(int region) {
    checkIndex(region);
    return redacted.get(region);
  }

  /** Switches one region between redacted and kept. */
  public void toggle(int region) {
    checkIndex(region);
    redacted.flip(region);
  }

  /**
   * The region under image point (x, y): the smallest one containing it, so a small label inside a
   * larger block can still be picked; -1 when there is none.
   */
  public int regionAt(int x, int y) {
    int best = -1;
    for (int i = 0; i < regions.size(); i++) {
      Box b = regions.get(i).box();
      boolean inside = x >= b.x() && x < b.right() && y >= b.y() && y < b.bottom();
      if (inside && (best < 0 || b.area() < regions.get(best).box().area())) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Adds a box the radiologist drew, clipped to the image.
   *
   * @return the box as added, or empty when nothing of it lies on the image
   */
  public Optional<Box> addManualBox(Box box) {
    Box clipped = box.intersection(new Box(0, 0, width, height));
    if (clipped.area() == 0) {
      return Optional.empty();
    }
    manual.add(clipped);
    return Optional.of(clipped);
  }

  public List<Box> manualBoxes() {
    return List.copyOf(manual);
  }

  public void removeManualBox(int index) {
    manual.remove(index);
  }

  /** Crops the posted image to {@code box} (clipped to the image); an empty box is refused. */
  public void setCrop(Box box) {
    Box clipped = box.intersection(new Box(0, 0, width, height));
    if (clipped.area() == 0) {
      throw new IllegalArgumentException("the crop must overlap the image");
    }
    crop = clipped;
  }

  public void clearCrop() {
    crop = null;
  }

  public Optional<Box> crop() {
    return Optional.ofNullable(crop);
  }

  /** Whether any part of {@code box} is in the posted (cropped) image. */
  public boolean isPosted(Box box) {
    return crop == null || box.intersects(crop);
  }

  /** Every box to fill, in image coordinates: the redacted regions, then the manual boxes. */
  public List<Box> redactionBoxes() {
    List<Box> boxes = new ArrayList<>();
    for (int i = redacted.nextSetBit(0); i >= 0; i = redacted.nextSetBit(i + 1)) {
      boxes.add(regions.get(i).box());
    }
    boxes.addAll(manual);
    return boxes;
  }

  /** Regions that will be posted unredacted although they are not benign. */
  public List<TextRegion> exposedRegions() {
    List<TextRegion> exposed = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      TextRegion r = regions.get(i);
      if (!redacted.get(i) && r.classification().redacted() && isPosted(r.box())) {
        exposed.add(r);
      }
    }
    return exposed;
  }

  private void checkIndex(int region) {
    if (region < 0 || region >= regions.size()) {
      throw new IndexOutOfBoundsException("no region " + region);
    }
  }
}
