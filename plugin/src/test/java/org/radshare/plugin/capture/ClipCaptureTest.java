/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.weasis.core.api.gui.util.SliderCineListener;

class ClipCaptureTest {

  /** A slider stub that remembers its value, speed and cine state like Weasis's. */
  private final class Viewer {
    final SliderCineListener slider = mock(SliderCineListener.class);
    int value;
    double speed;
    boolean cining;
    int putBacks;

    /** The look is put back after the slice and before cine restarts. */
    void putBack() {
      events.add("put back at " + value + " cining " + cining);
      putBacks++;
    }

    Viewer(int value, int max, double speed, boolean cining) {
      this.value = value;
      this.speed = speed;
      this.cining = cining;
      when(slider.isActionEnabled()).thenReturn(true);
      when(slider.getSliderMax()).thenReturn(max);
      when(slider.getSliderValue()).thenAnswer(inv -> this.value);
      when(slider.getSpeed()).thenAnswer(inv -> this.speed);
      when(slider.isCining()).thenAnswer(inv -> this.cining);
      doAnswer(inv -> this.value = inv.getArgument(0)).when(slider).setSliderValue(anyInt());
      doAnswer(inv -> this.speed = inv.getArgument(0)).when(slider).setSpeed(anyDouble());
      doAnswer(inv -> this.cining = false).when(slider).stop();
      doAnswer(inv -> this.cining = true).when(slider).start();
    }
  }

  private final List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());

  /** Starts a capture on the event thread and waits for its outcome. */
  private ClipJob.Outcome run(
      Viewer viewer, ClipOptions options, ClipCapture.FrameRenderer renderer) throws Exception {
    CompletableFuture<ClipJob.Outcome> end = new CompletableFuture<>();
    ClipJob.Listener listener =
        new ClipJob.Listener() {
          @Override
          public void progress(int done, int total) {
            events.add("progress " + done + "/" + total);
          }

          @Override
          public void finished(ClipJob.Outcome outcome) {
            events.add("finished on EDT " + SwingUtilities.isEventDispatchThread());
            end.complete(outcome);
          }
        };
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            jobs.set(
                ClipCapture.start(viewer.slider, options, renderer, viewer::putBack, listener));
          } catch (CaptureException e) {
            end.complete(new ClipJob.Outcome.Failed(e));
          }
        });
    ClipJob.Outcome outcome = end.get(60, TimeUnit.SECONDS);
    SwingUtilities.invokeAndWait(() -> {}); // lets events posted before the end run, then read
    return outcome;
  }

  private final AtomicReference<ClipJob> jobs = new AtomicReference<>();

  private int rendered;

  /** Captures the whole series, doing {@code then} as frame {@code at} is rendered. */
  private ClipJob.Outcome runWhole(Viewer viewer, int at, Runnable then) throws Exception {
    return run(
        viewer,
        new ClipOptions(new ClipRange.Whole(), 1, 10),
        () -> {
          if (++rendered == at) {
            then.run();
          }
          return frame(viewer);
        });
  }

  private void cancelAt(Viewer viewer, double speed) {
    jobs.get().cancel();
    viewer.speed = speed;
  }

  private static void notShowing() {
    throw new IllegalStateException("view not showing");
  }

  private BufferedImage frame(Viewer viewer) {
    events.add("render " + viewer.value + " cining " + viewer.cining);
    // Posted now, it runs before the next frame only if the event thread is released between
    // frames.
    SwingUtilities.invokeLater(() -> events.add("other event"));
    return new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
  }

  @Test
  void capturesFrameByFrameReleasingTheEventThreadAndPutsTheViewerBack() throws Exception {
    Viewer viewer = new Viewer(4, 10, 17.5, true);
    ClipJob.Outcome outcome =
        run(
            viewer,
            new ClipOptions(new ClipRange.AroundCurrent(3, 2), 2, 12.5),
            () -> frame(viewer));

    assertThat(outcome).isInstanceOf(ClipJob.Outcome.Captured.class);
    var frames = ((ClipJob.Outcome.Captured) outcome).frames();
    assertThat(frames.size()).isEqualTo(3);
    assertThat(frames.frameMillis()).isEqualTo(80);
    // 0-based frames 1, 3, 5 are slider positions 2, 4, 6; cine is off while they are taken, and
    // the event thread runs other events between frames.
    assertThat(events)
        .containsExactly(
            "render 2 cining false",
            "progress 1/3",
            "other event",
            "render 4 cining false",
            "progress 2/3",
            "other event",
            "render 6 cining false",
            "put back at 4 cining false",
            "finished on EDT true",
            "other event");
    assertThat(viewer.value).isEqualTo(4);
    assertThat(viewer.speed).isEqualTo(17.5);
    assertThat(viewer.cining).isTrue();
  }

  @Test
  void cancelStopsBeforeTheNextFrameAndPutsTheViewerBack() throws Exception {
    Viewer viewer = new Viewer(5, 30, 9, true);
    // Whatever moved the speed meanwhile, it is put back.
    ClipJob.Outcome outcome = runWhole(viewer, 2, () -> cancelAt(viewer, 3));

    assertThat(outcome).isInstanceOf(ClipJob.Outcome.Cancelled.class);
    assertThat(rendered).isEqualTo(2);
    assertThat(viewer.value).isEqualTo(5);
    assertThat(viewer.speed).isEqualTo(9.0);
    assertThat(viewer.cining).isTrue();
    assertThat(viewer.putBacks).isEqualTo(1);
    assertThat(jobs.get().isEnded()).isTrue();
  }

  @Test
  void aFailingFramePutsTheViewerBackAndSaysWhy() throws Exception {
    Viewer viewer = new Viewer(7, 10, 25, false);
    ClipJob.Outcome outcome = runWhole(viewer, 3, ClipCaptureTest::notShowing);

    assertThat(outcome).isInstanceOf(ClipJob.Outcome.Failed.class);
    assertThat(((ClipJob.Outcome.Failed) outcome).error()).hasMessage("view not showing");
    assertThat(viewer.value).isEqualTo(7);
    assertThat(viewer.speed).isEqualTo(25.0);
    assertThat(viewer.cining).isFalse();
    assertThat(viewer.putBacks).isEqualTo(1);
    verify(viewer.slider, never()).start();
    verify(viewer.slider, never()).stop();
    verify(viewer.slider, never()).setSpeed(anyDouble());
  }

  @Test
  void aSeriesClosedMidCaptureFailsAndStillRestores() throws Exception {
    Viewer viewer = new Viewer(3, 10, 10, false);
    ClipJob.Outcome outcome =
        runWhole(viewer, 1, () -> when(viewer.slider.isActionEnabled()).thenReturn(false));

    assertThat(outcome).isInstanceOf(ClipJob.Outcome.Failed.class);
    assertThat(((ClipJob.Outcome.Failed) outcome).error()).hasMessageContaining("no series");
    assertThat(viewer.value).isEqualTo(3);
  }

  @Test
  void optionsChooseTheMarkedFramesEveryStep() throws Exception {
    Viewer viewer = new Viewer(1, 24, 10, false);
    // Marked end before start (either order), frames 20..12 of the viewer, every 3rd.
    ClipJob.Outcome outcome =
        run(viewer, new ClipOptions(new ClipRange.Marked(19, 11), 3, 12.5), () -> frame(viewer));

    assertThat(outcome).isInstanceOf(ClipJob.Outcome.Captured.class);
    InOrder order = inOrder(viewer.slider);
    order.verify(viewer.slider).setSliderValue(12);
    order.verify(viewer.slider).setSliderValue(15);
    order.verify(viewer.slider).setSliderValue(18);
    order.verify(viewer.slider).setSliderValue(1);
  }

  @Test
  void anEmptySeriesOrDisabledSliderIsAClearErrorAndChangesNothing() throws Exception {
    Viewer empty = new Viewer(1, 0, 10, true);
    ClipJob.Outcome none =
        run(empty, new ClipOptions(new ClipRange.Whole(), 1, 10), () -> frame(empty));
    assertThat(((ClipJob.Outcome.Failed) none).error()).hasMessageContaining("no frame");

    Viewer disabled = new Viewer(1, 10, 10, true);
    when(disabled.slider.isActionEnabled()).thenReturn(false);
    ClipJob.Outcome off =
        run(disabled, new ClipOptions(new ClipRange.Whole(), 1, 10), () -> frame(disabled));
    assertThat(((ClipJob.Outcome.Failed) off).error()).hasMessageContaining("no series");
    for (Viewer v : List.of(empty, disabled)) {
      verify(v.slider, never()).setSliderValue(anyInt());
      verify(v.slider, never()).stop();
      assertThat(v.cining).isTrue();
      assertThat(v.putBacks).isZero();
    }
  }
}
