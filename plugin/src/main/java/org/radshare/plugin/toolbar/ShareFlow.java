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
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Messages;
import org.radshare.plugin.capture.Capture;
import org.radshare.plugin.capture.CaptureException;
import org.radshare.plugin.capture.LayoutCapture;
import org.radshare.plugin.capture.LayoutViews;
import org.radshare.plugin.review.ReviewBackend;
import org.radshare.plugin.review.ReviewDialog;
import org.radshare.plugin.settings.PluginSettings;
import org.weasis.core.ui.editor.image.DefaultView2d;
import org.weasis.dicom.codec.DicomImageElement;

/**
 * What happens on Share: capture the selected view (or several views of the layout) on the event
 * thread (quick: one repaint into an image each), then open the review window, which reads the
 * header and runs the checks off the event thread. Keeps track of open review windows so that they
 * close with the bundle.
 */
final class ShareFlow {

  private final Supplier<ReviewBackend> backend;
  private final Supplier<PluginSettings> settings;
  private final List<ReviewDialog> open = new CopyOnWriteArrayList<>();

  ShareFlow(Supplier<ReviewBackend> backend, Supplier<PluginSettings> settings) {
    this.backend = backend;
    this.settings = settings;
  }

  void share(DefaultView2d<DicomImageElement> view) {
    Window owner = SwingUtilities.getWindowAncestor(view);
    ShareDefaults defaults = settings.get().defaults();
    Capture capture;
    try {
      capture = Capture.of(view, defaults.keepDrawings());
    } catch (CaptureException e) {
      JOptionPane.showMessageDialog(
          owner, e.getMessage(), Messages.getString("app.name"), JOptionPane.ERROR_MESSAGE);
      return;
    }
    ReviewDialog dialog =
        new ReviewDialog(owner, backend.get(), capture.image(), capture.header(), defaults);
    show(dialog);
  }

  /**
   * Shares several views of the layout in one post: each is captured like a single view; with more
   * than four the radiologist picks which go.
   */
  void shareLayout(LayoutViews layout) {
    Window owner = SwingUtilities.getWindowAncestor(layout.views().get(0));
    ShareDefaults defaults = settings.get().defaults();
    Optional<List<Capture>> captures;
    try {
      captures =
          LayoutCapture.capture(
              layout, defaults.keepDrawings(), new ViewPicker(owner, layout.startsWithSelected()));
    } catch (CaptureException e) {
      JOptionPane.showMessageDialog(
          owner, e.getMessage(), Messages.getString("app.name"), JOptionPane.ERROR_MESSAGE);
      return;
    }
    if (captures.isPresent()) {
      show(new ReviewDialog(owner, backend.get(), captures.get(), defaults));
    }
  }

  private void show(ReviewDialog dialog) {
    open.add(dialog);
    dialog.addWindowListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowClosed(java.awt.event.WindowEvent e) {
            open.remove(dialog);
          }
        });
    dialog.start();
  }

  /** Closes every open review window (the bundle is stopping). */
  void closeAll() {
    if (open.isEmpty()) {
      return; // never start the event thread just to find nothing to close
    }
    Runnable close =
        () -> {
          for (ReviewDialog d : List.copyOf(open)) {
            d.cancelAndDispose();
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
