/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import org.radshare.core.pixel.TextRegion;

/**
 * A text region found in a clip and where it was found.
 *
 * @param frame the frame index, or {@link #COMPOSITE} when it was found on a composite of all
 *     frames (static text, or text the composite shows although no single frame's glyph lines did)
 */
public record FrameRegion(int frame, TextRegion region) {
  public static final int COMPOSITE = -1;

  public boolean composite() {
    return frame == COMPOSITE;
  }
}
