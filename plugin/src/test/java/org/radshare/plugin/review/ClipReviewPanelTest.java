/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.pixel.Box;

class ClipReviewPanelTest {

  private static FrameSet frames(int n) {
    List<BufferedImage> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB));
    }
    return new FrameSet(list, 100);
  }

  @Test
  void aManualBoxGoesToTheChosenRangeOnlyAndIsReported() throws Exception {
    List<ClipMask> changes = new ArrayList<>();
    SwingUtilities.invokeAndWait(
        () -> {
          ClipReviewPanel panel =
              new ClipReviewPanel(
                  frames(5), ClipMask.of(List.of(new Box(1, 1, 5, 5))), changes::add);
          Box box = new Box(10, 10, 8, 4);
          panel.setPendingBox(box);
          panel.addPendingToRange(3, 1);
          assertThat(panel.mask().boxesFor(2)).contains(box);
          assertThat(panel.mask().boxesFor(0)).doesNotContain(box);
          assertThat(panel.mask().boxesFor(4)).doesNotContain(box);
          assertThat(panel.mask().boxesFor(4)).contains(new Box(1, 1, 5, 5));

          Box everywhere = new Box(0, 20, 10, 5);
          panel.setPendingBox(everywhere);
          panel.addPendingToAllFrames();
          assertThat(panel.mask().boxesFor(0)).contains(everywhere);
          assertThat(panel.mask().boxesFor(4)).contains(everywhere);
        });
    assertThat(changes).hasSize(2);
  }

  @Test
  void theScrubberAndPlaybackMoveThroughTheFramesAndLoop() throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          ClipReviewPanel panel = new ClipReviewPanel(frames(3), ClipMask.of(List.of()), m -> {});
          panel.showFrame(2);
          assertThat(panel.currentFrame()).isEqualTo(2);
          panel.advance();
          assertThat(panel.currentFrame()).isZero();
          panel.setPlaying(true);
          assertThat(panel.playing()).isTrue();
          panel.setPlaying(false);
          assertThat(panel.playing()).isFalse();
        });
  }

  @Test
  void theCheckedMaskIsShownWithoutCountingAsAnEditAndBoxesNeedADrawnBox() throws Exception {
    List<ClipMask> changes = new ArrayList<>();
    SwingUtilities.invokeAndWait(
        () -> {
          ClipReviewPanel panel =
              new ClipReviewPanel(frames(4), ClipMask.of(List.of()), changes::add);
          ClipMask checked = ClipMask.of(List.of(new Box(2, 2, 6, 6)));
          panel.setMask(checked);
          assertThat(panel.mask()).isEqualTo(checked);
          // Nothing drawn yet: the buttons do nothing.
          panel.addPendingToAllFrames();
          assertThat(panel.mask()).isEqualTo(checked);
          panel.setPostedFrames(frames(4));
          panel.setPostedFrames(null);
          panel.showFrame(3);
          assertThat(panel.toView(20, 15).x).isGreaterThanOrEqualTo(0);
        });
    assertThat(changes).isEmpty();
  }

  @Test
  void ownBoxesCanBeRemovedOrShrunkOnTheirFramesWhileTheChecksBoxesStay() throws Exception {
    List<ClipMask> changes = new ArrayList<>();
    SwingUtilities.invokeAndWait(
        () -> {
          ClipReviewPanel panel =
              new ClipReviewPanel(frames(6), ClipMask.of(List.of()), changes::add);
          Box found = new Box(0, 0, 5, 5);
          panel.setMask(ClipMask.of(List.of(found)));
          panel.setPendingBox(new Box(10, 10, 8, 8));
          panel.addPendingToRange(1, 3);
          panel.setPendingBox(new Box(2, 12, 6, 4));
          panel.addPendingToAllFrames();
          assertThat(panel.mask().boxesFor(2)).hasSize(3);
          assertThat(panel.mask().boxesFor(5)).hasSize(2);

          // Shrink the ranged box: same frames, smaller box.
          panel.setPendingBox(new Box(12, 12, 3, 3));
          panel.removeOwn(0, new Box(12, 12, 3, 3));
          assertThat(panel.mask().ranged())
              .containsExactly(new ClipMask.RangedBox(new Box(12, 12, 3, 3), 1, 3));

          // Remove the all-frames box: the checks' own box stays.
          panel.removeOwn(1, null);
          assertThat(panel.mask().everyFrame()).containsExactly(found);
          assertThat(panel.ownBoxes()).containsExactly(new Box(12, 12, 3, 3));
        });
    assertThat(changes).hasSize(4);
    assertThat(changes.get(3).everyFrame()).containsExactly(new Box(0, 0, 5, 5));
  }
}
