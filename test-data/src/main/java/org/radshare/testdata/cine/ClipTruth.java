/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.cine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.radshare.testdata.render.Region;

/** The truth file of a clip: frame size, kind, and the text regions of every frame. */
@JsonPropertyOrder({"clip", "width", "height", "kind", "frames"})
public record ClipTruth(String clip, int width, int height, String kind, List<Frame> frames) {

  /** The regions of one frame, {@code index} counting from 0 like the frame file names. */
  @JsonPropertyOrder({"index", "regions"})
  public record Frame(int index, List<Region> regions) {}
}
