/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.radshare.core.cine.FrameSet;
import org.radshare.plugin.Messages;
import org.weasis.core.api.gui.util.SliderCineListener;

/**
 * One clip capture in progress. Swing paints only on the event dispatch thread, so each frame is
 * one small task scheduled with {@link SwingUtilities#invokeLater}: the event thread is released
 * between frames, the viewer keeps repainting and a cancel is seen before the next frame. Whatever
 * the end (done, cancelled or failed), the viewer's slice position, cine speed and cine state are
 * put back exactly as they were (then whatever else the caller asked, such as the window/level
 * preset, see {@link ViewerLook}), and the listener hears of it once, on the event thread.
 */
public final class ClipJob {

  /** How a capture ended: a closed set. */
  public sealed interface Outcome {
    /** Every chosen frame was captured. */
    record Captured(FrameSet frames) implements Outcome {}

    /** The radiologist cancelled; nothing was kept. */
    record Cancelled() implements Outcome {}

    /** A frame could not be captured; the message can be shown as is. */
    record Failed(CaptureException error) implements Outcome {}
  }

  /** Hears of the capture's progress and end, always on the event dispatch thread. */
  public interface Listener {
    /** {@code done} of {@code total} frames are captured. */
    void progress(int done, int total);

    /** The capture ended and the viewer is back as it was. */
    void finished(Outcome outcome);
  }

  private final SliderCineListener slider;
  private final List<Integer> positions;
  private final ClipCapture.FrameRenderer renderer;
  private final int frameMillis;
  private final Runnable putBack;
  private final Listener listener;
  private final List<BufferedImage> frames = new ArrayList<>();
  private final int shown;
  private final double speed;
  private final boolean wasCining;
  private volatile boolean cancelled;
  private boolean ended;

  ClipJob(
      SliderCineListener slider,
      List<Integer> positions,
      ClipCapture.FrameRenderer renderer,
      int frameMillis,
      Runnable putBack,
      Listener listener) {
    this.slider = slider;
    this.positions = List.copyOf(positions);
    this.renderer = renderer;
    this.frameMillis = frameMillis;
    this.putBack = putBack;
    this.listener = listener;
    this.shown = slider.getSliderValue();
    this.speed = slider.getSpeed();
    this.wasCining = slider.isCining();
  }

  /** Stops the cine and schedules the first frame. */
  void begin() {
    if (wasCining) {
      slider.stop();
    }
    SwingUtilities.invokeLater(this::next);
  }

  /** Asks the capture to stop before its next frame; safe from any thread, idempotent. */
  public void cancel() {
    cancelled = true;
  }

  /** How many frames the capture takes. */
  public int total() {
    return positions.size();
  }

  /** Whether the capture has ended (read on the event dispatch thread). */
  public boolean isEnded() {
    return ended;
  }

  private void next() {
    if (ended) {
      return;
    }
    Outcome outcome = null;
    try {
      if (cancelled) {
        outcome = new Outcome.Cancelled();
      } else if (!slider.isActionEnabled()) {
        outcome = new Outcome.Failed(new CaptureException(Messages.getString("clip.noSeries")));
      } else {
        slider.setSliderValue(positions.get(frames.size()));
        frames.add(renderer.render());
        if (frames.size() == positions.size()) {
          outcome = new Outcome.Captured(new FrameSet(frames, frameMillis));
        }
      }
    } catch (CaptureException e) {
      outcome = new Outcome.Failed(e);
    } catch (RuntimeException e) {
      String message =
          e.getMessage() != null ? e.getMessage() : Messages.getString("capture.failed");
      outcome = new Outcome.Failed(new CaptureException(message, e));
    }
    if (outcome == null) {
      listener.progress(frames.size(), positions.size());
      SwingUtilities.invokeLater(this::next);
      return;
    }
    end(outcome);
  }

  private void end(Outcome outcome) {
    ended = true;
    Outcome told = outcome;
    try {
      restore();
    } catch (RuntimeException e) {
      if (!(outcome instanceof Outcome.Failed)) {
        told = new Outcome.Failed(new CaptureException(Messages.getString("capture.failed"), e));
      }
    }
    if (!(told instanceof Outcome.Captured)) {
      frames.clear();
    }
    listener.finished(told);
  }

  private void restore() {
    PutBack.each(
        () -> slider.setSliderValue(shown),
        () -> {
          if (Double.compare(slider.getSpeed(), speed) != 0) {
            slider.setSpeed(speed);
          }
        },
        putBack,
        () -> {
          if (wasCining && !slider.isCining()) {
            slider.start();
          }
        });
  }
}
