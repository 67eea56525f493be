/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.radshare.core.cine.FrameSet;
import org.weasis.core.api.gui.util.SliderCineListener;

class ClipCaptureTest {

  @Test
  void capturesTheChosenFramesInOrderStopsCineAndPutsTheSliderBack() throws Exception {
    SliderCineListener slider = mock(SliderCineListener.class);
    when(slider.isActionEnabled()).thenReturn(true);
    when(slider.isCining()).thenReturn(true);
    when(slider.getSliderValue()).thenReturn(4);
    when(slider.getSliderMax()).thenReturn(10);
    List<Integer> shownWhenRendered = new ArrayList<>();
    int[] current = {4};
    org.mockito.Mockito.doAnswer(
            inv -> {
              current[0] = inv.getArgument(0);
              return null;
            })
        .when(slider)
        .setSliderValue(org.mockito.ArgumentMatchers.anyInt());
    AtomicReference<List<BufferedImage>> frames = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            frames.set(
                ClipCapture.capture(
                    slider,
                    new ClipRange.AroundCurrent(3, 2),
                    2,
                    () -> {
                      shownWhenRendered.add(current[0]);
                      return new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
                    }));
          } catch (CaptureException e) {
            throw new AssertionError(e);
          }
        });
    assertThat(frames.get()).hasSize(3);
    // 0-based frames 1, 3, 5 are slider positions 2, 4, 6.
    assertThat(shownWhenRendered).containsExactly(2, 4, 6);
    InOrder order = inOrder(slider);
    order.verify(slider).stop();
    order.verify(slider).setSliderValue(2);
    order.verify(slider).setSliderValue(4);
    order.verify(slider).setSliderValue(6);
    order.verify(slider).setSliderValue(4);
    assertThat(current[0]).isEqualTo(4);
  }

  @Test
  void aFailedFrameStillPutsTheSliderBack() throws Exception {
    SliderCineListener slider = mock(SliderCineListener.class);
    when(slider.isActionEnabled()).thenReturn(true);
    when(slider.getSliderValue()).thenReturn(7);
    when(slider.getSliderMax()).thenReturn(10);
    AtomicReference<Exception> failure = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            ClipCapture.capture(
                slider,
                new ClipRange.Whole(),
                1,
                () -> {
                  throw new CaptureException("view not showing");
                });
          } catch (CaptureException e) {
            failure.set(e);
          }
        });
    assertThat(failure.get()).hasMessage("view not showing");
    verify(slider).setSliderValue(7);
  }

  @Test
  void optionsChooseTheMarkedFramesEveryStepAtTheChosenSpeed() throws Exception {
    SliderCineListener slider = mock(SliderCineListener.class);
    when(slider.isActionEnabled()).thenReturn(true);
    when(slider.getSliderValue()).thenReturn(1);
    when(slider.getSliderMax()).thenReturn(24);
    List<Integer> shown = new ArrayList<>();
    org.mockito.Mockito.doAnswer(
            inv -> {
              shown.add(inv.getArgument(0));
              return null;
            })
        .when(slider)
        .setSliderValue(org.mockito.ArgumentMatchers.anyInt());
    // Marked end before start (either order), frames 20..12 of the viewer, every 3rd, 12.5 fps.
    ClipOptions options = new ClipOptions(new ClipRange.Marked(19, 11), 3, 12.5);
    AtomicReference<FrameSet> clip = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            clip.set(
                ClipCapture.capture(
                    slider, options, () -> new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB)));
          } catch (CaptureException e) {
            throw new AssertionError(e);
          }
        });
    assertThat(clip.get().size()).isEqualTo(3);
    assertThat(clip.get().frameMillis()).isEqualTo(80);
    assertThat(clip.get().width()).isEqualTo(6);
    // 0-based 11, 14, 17 are slider positions 12, 15, 18; then the slider goes back to 1.
    assertThat(shown).containsExactly(12, 15, 18, 1);
    verify(slider, org.mockito.Mockito.never()).stop();
  }

  @Test
  void anEmptySeriesIsAClearErrorNotAnEmptyClip() throws Exception {
    SliderCineListener slider = mock(SliderCineListener.class);
    when(slider.isActionEnabled()).thenReturn(true);
    when(slider.getSliderMax()).thenReturn(0);
    AtomicReference<Exception> failure = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            ClipCapture.capture(
                slider,
                new ClipOptions(new ClipRange.Whole(), 1, 10),
                () -> new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB));
          } catch (CaptureException e) {
            failure.set(e);
          }
        });
    assertThat(failure.get()).hasMessageContaining("no frame");
  }

  @Test
  void aDisabledSliderMeansNoSeries() throws Exception {
    SliderCineListener slider = mock(SliderCineListener.class);
    when(slider.isActionEnabled()).thenReturn(false);
    AtomicReference<Exception> failure = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            ClipCapture.capture(slider, new ClipOptions(new ClipRange.Whole(), 1, 10), () -> null);
          } catch (CaptureException e) {
            failure.set(e);
          }
        });
    assertThat(failure.get()).hasMessageContaining("no series");
    verify(slider, org.mockito.Mockito.never())
        .setSliderValue(org.mockito.ArgumentMatchers.anyInt());
  }
}
