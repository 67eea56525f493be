/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import java.awt.Window;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Messages;
import org.radshare.plugin.capture.CaptureException;
import org.radshare.plugin.capture.ClipCapture;
import org.radshare.plugin.capture.ClipJob;
import org.radshare.plugin.capture.ClipOptions;
import org.radshare.plugin.capture.DicomJsonExport;
import org.radshare.plugin.capture.SelectedView;
import org.radshare.plugin.capture.ViewCapture;
import org.radshare.plugin.capture.ViewerLook;
import org.radshare.plugin.review.ClipBackend;
import org.radshare.plugin.review.ClipReviewDialog;
import org.radshare.plugin.settings.PluginSettings;
import org.weasis.core.api.gui.util.SliderCineListener;
import org.weasis.core.ui.editor.image.DefaultView2d;
import org.weasis.dicom.codec.DicomImageElement;

/**
 * What happens on Share clip: ask which frames to take, capture them by driving the viewer's series
 * slider one frame per event-thread task (each rendered like a still, the information layer hidden)
 * behind a progress window with Cancel, the viewer put back as it was, then open the clip review
 * window, which checks the frames off the event thread. Keeps track of open windows so that they
 * close with the bundle.
 */
final class ClipFlow {

  private final Supplier<ClipBackend> backend;
  private final Supplier<PluginSettings> settings;
  private final List<java.awt.Window> open = new CopyOnWriteArrayList<>();

  ClipFlow(Supplier<ClipBackend> backend, Supplier<PluginSettings> settings) {
    this.backend = backend;
    this.settings = settings;
  }

  void share(DefaultView2d<DicomImageElement> view) {
    Window owner = SwingUtilities.getWindowAncestor(view);
    Optional<SliderCineListener> found = ClipCapture.seriesSlider();
    if (found.isEmpty() || !found.get().isActionEnabled()) {
      error(owner, Messages.getString("clip.noSeries"));
      return;
    }
    SliderCineListener slider = found.get();
    track(
        new ClipOptionsDialog(
            owner,
            slider.getSliderMax(),
            slider::getSliderValue,
            options -> capture(view, slider, options)));
  }

  private void capture(
      DefaultView2d<DicomImageElement> view, SliderCineListener slider, ClipOptions options) {
    Window owner = SwingUtilities.getWindowAncestor(view);
    // The slider drives the selected view: refuse if the radiologist selected another meanwhile.
    if (SelectedView.current().filter(v -> v == view).isEmpty()) {
      error(owner, Messages.getString("clip.viewChanged"));
      return;
    }
    DicomImageElement shown = view.getImage();
    ShareDefaults defaults = settings.get().defaults();
    ClipProgressDialog[] progress = new ClipProgressDialog[1];
    ClipJob.Listener listener =
        new ClipJob.Listener() {
          @Override
          public void progress(int done, int total) {
            if (progress[0] != null) {
              progress[0].progress(done, total);
            }
          }

          @Override
          public void finished(ClipJob.Outcome outcome) {
            if (progress[0] != null) {
              progress[0].dispose();
            }
            if (outcome instanceof ClipJob.Outcome.Captured c) {
              review(owner, c.frames(), shown, defaults);
            } else if (outcome instanceof ClipJob.Outcome.Failed f) {
              error(owner, f.error().getMessage());
            } // Cancelled: the viewer is back as it was; nothing to show.
          }
        };
    ClipJob job;
    try {
      job =
          ClipCapture.start(
              slider,
              options,
              () -> ViewCapture.render(view, defaults.keepDrawings()),
              ViewerLook.now()::restore,
              listener);
    } catch (CaptureException e) {
      error(owner, e.getMessage());
      return;
    }
    progress[0] = new ClipProgressDialog(owner, job.total(), job::cancel);
    if (!job.isEnded()) {
      // Modal: returns when the job disposes it; the capture runs in the meantime.
      progress[0].setVisible(true);
    }
  }

  private void review(
      Window owner, FrameSet frames, DicomImageElement shown, ShareDefaults defaults) {
    ClipReviewDialog dialog =
        new ClipReviewDialog(
            owner, backend.get(), frames, () -> DicomJsonExport.of(shown), defaults);
    track(dialog);
    dialog.start();
  }

  private void track(java.awt.Window window) {
    open.add(window);
    window.addWindowListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowClosed(java.awt.event.WindowEvent e) {
            open.remove(window);
          }
        });
    window.setVisible(true);
  }

  private static void error(Window owner, String message) {
    JOptionPane.showMessageDialog(
        owner, message, Messages.getString("app.name"), JOptionPane.ERROR_MESSAGE);
  }

  /** Closes every open clip window (the bundle is stopping). */
  void closeAll() {
    if (open.isEmpty()) {
      return; // never start the event thread just to find nothing to close
    }
    Runnable close =
        () -> {
          for (java.awt.Window w : List.copyOf(open)) {
            w.dispose();
          }
          open.clear();
        };
    if (SwingUtilities.isEventDispatchThread()) {
      close.run();
    } else {
      SwingUtilities.invokeLater(close);
    }
  }
}
