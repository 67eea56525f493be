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
}
