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
import org.radshare.core.cine.FrameSet;
import org.weasis.core.api.gui.util.SliderCineListener;
import org.weasis.dicom.viewer2d.EventManager;

/**
 * Captures the frames of the current series for a clip by driving the viewer's own series slider
 * (docs/weasis-integration.md §3): cine is stopped, each chosen frame is shown with {@code
 * setSliderValue} (which displays it synchronously) and rendered like a still with the information
 * layer hidden, and the slider is put back where the radiologist left it, whatever happens.
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
   * The clip {@code options} describe, timed at their playback speed. Runs on the event dispatch
   * thread.
   *
   * @throws CaptureException when the slider is disabled, the range holds no frame or a frame
   *     cannot be rendered
   */
  public static FrameSet capture(
      SliderCineListener slider, ClipOptions options, FrameRenderer renderer)
      throws CaptureException {
    List<BufferedImage> frames = capture(slider, options.range(), options.step(), renderer);
    if (frames.isEmpty()) {
      throw new CaptureException(org.radshare.plugin.Messages.getString("clip.noFrames"));
    }
    try {
      return new FrameSet(frames, options.frameMillis());
    } catch (IllegalArgumentException e) {
      throw new CaptureException(e.getMessage());
    }
  }

  /**
   * The frames of {@code range}, every {@code step}-th, in display order. Runs on the event
   * dispatch thread.
   *
   * @throws CaptureException when the slider is disabled or a frame cannot be rendered
   */
  public static List<BufferedImage> capture(
      SliderCineListener slider, ClipRange range, int step, FrameRenderer renderer)
      throws CaptureException {
    if (!SwingUtilities.isEventDispatchThread()) {
      throw new IllegalStateException("frames are captured on the event dispatch thread");
    }
    if (!slider.isActionEnabled()) {
      throw new CaptureException(org.radshare.plugin.Messages.getString("clip.noSeries"));
    }
    if (slider.isCining()) {
      slider.stop();
    }
    int shown = slider.getSliderValue();
    List<BufferedImage> frames = new ArrayList<>();
    try {
      for (int index : range.frames(slider.getSliderMax(), step)) {
        slider.setSliderValue(index + 1);
        frames.add(renderer.render());
      }
    } finally {
      slider.setSliderValue(shown);
    }
    return frames;
  }
}
