/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.check;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import org.radshare.core.pixel.Box;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.pixel.TextRegion;

/**
 * One image exactly as it will leave (a still, one image of a layout, one frame of a clip) with
 * what was done to it, for the final verification.
 *
 * @param filled the boxes blacked out in it
 * @param kept the boxes of text the first pass read as benign and kept
 */
public record PostedImage(BufferedImage image, List<Box> filled, List<Box> kept) {
  public PostedImage {
    filled = List.copyOf(filled);
    kept = List.copyOf(kept);
  }

  /** The boxes of the {@code regions} the first pass read as benign: the text it kept. */
  public static List<Box> keptBoxes(Stream<TextRegion> regions) {
    return regions
        .filter(r -> r.classification() == RegionClass.BENIGN)
        .map(TextRegion::box)
        .distinct()
        .toList();
  }
}
