/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Captures several views of the current layout for one post, each exactly like a single Share
 * ({@link Capture#of}: information layer hidden, window/level, zoom and pan kept, measurements by
 * choice) and each bound to its own displayed image's header. When the layout holds more than
 * {@link LayoutViews#MAX_IMAGES} views with an image, every view is captured and the radiologist
 * picks which go, from thumbnails of exactly what would be posted.
 */
public final class LayoutCapture {

  /** Asks the radiologist which of more than four captures to post. */
  @FunctionalInterface
  public interface Chooser {
    /**
     * @param captures every shareable view, the selected one first
     * @param preselected the indices offered by default (the first four)
     * @return the chosen indices, or empty when the radiologist cancelled
     */
    Optional<List<Integer>> choose(List<Capture> captures, List<Integer> preselected);
  }

  private LayoutCapture() {}

  /**
   * The captures to post, the selected view first, then layout order; empty if the radiologist
   * cancelled the choice. Runs on the event dispatch thread.
   *
   * @throws CaptureException when a view cannot be rendered (nothing is shared)
   */
  public static Optional<List<Capture>> capture(
      LayoutViews layout, boolean keepDrawings, Chooser chooser) throws CaptureException {
    List<Capture> all = new ArrayList<>();
    for (var view : layout.views()) {
      all.add(Capture.of(view, keepDrawings));
    }
    if (!layout.needsChoice()) {
      return Optional.of(all);
    }
    Optional<List<Integer>> chosen = chooser.choose(all, layout.preselected());
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    // In the order shown (selected first), whatever order the clicks came in; at most four.
    TreeSet<Integer> picked = new TreeSet<>(chosen.get());
    if (picked.isEmpty()
        || picked.size() > LayoutViews.MAX_IMAGES
        || picked.first() < 0
        || picked.last() >= all.size()) {
      throw new IllegalArgumentException("choose one to four of the " + all.size() + " views");
    }
    return Optional.of(picked.stream().map(all::get).toList());
  }
}
