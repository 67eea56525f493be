/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.SwingUtilities;
import org.radshare.plugin.Messages;
import org.weasis.core.api.gui.util.SliderCineListener;
import org.weasis.dicom.viewer2d.EventManager;

/**
 * Captures the frames of the current series for a clip by driving the viewer's own series slider
 * (docs/weasis-integration.md §3): cine is stopped, each chosen frame is shown with {@code
 * setSliderValue} (which displays it synchronously) and rendered like a still with the information
 * layer hidden, one frame per event-thread task so the viewer never freezes; the slider, cine speed
 * and cine state are put back as the radiologist left them, whatever happens.
 */
public final class ClipCapture {
  /** Weasis's action command of the series slider ({@code ActionW.SCROLL_SERIES}). */
  static final String SEQUENCE = "sequence";

  /** Renders the frame the view shows now (normally {@link ViewCapture#render}). */
  @FunctionalInterface
  public interface FrameRenderer {
    BufferedImage render() throws CaptureException;
  }

  private ClipCapture() {}

  /** The series slider of the selected 2D view, when there is one. */
  public static Optional<SliderCineListener> seriesSlider() {
    return EventManager.getInstance().getActionFromActionKey(SEQUENCE, SliderCineListener.class);
  }

  /**
   * Starts capturing the clip {@code options} describe, timed at their playback speed, one frame
   * per event-thread task (see {@link ClipJob}). Call on the event dispatch thread; the listener
   * hears of progress and of the end. {@code putBack} runs at the end, whatever it is, after the
   * slider is back (normally {@code ViewerLook.now()::restore}, read before this call).
   *
   * @throws CaptureException when the slider is disabled or the range holds no frame (nothing was
   *     changed)
   */
  public static ClipJob start(
      SliderCineListener slider,
      ClipOptions options,
      FrameRenderer renderer,
      Runnable putBack,
      ClipJob.Listener listener)
      throws CaptureException {
    if (!SwingUtilities.isEventDispatchThread()) {
      throw new IllegalStateException("clips are captured from the event dispatch thread");
    }
    if (!slider.isActionEnabled()) {
      throw new CaptureException(Messages.getString("clip.noSeries"));
    }
    List<Integer> positions = new ArrayList<>();
    for (int index : options.range().frames(slider.getSliderMax(), options.step())) {
      positions.add(index + 1); // the slider counts from 1
    }
    if (positions.isEmpty()) {
      throw new CaptureException(Messages.getString("clip.noFrames"));
    }
    ClipJob job =
        new ClipJob(slider, positions, renderer, options.frameMillis(), putBack, listener);
    job.begin();
    return job;
  }
}
