/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;
import org.weasis.core.ui.editor.image.DefaultView2d;
import org.weasis.dicom.codec.DicomImageElement;

/**
 * One captured view: the pixels as shown, and a way to read the header of exactly the image (frame)
 * that was shown at capture time. The header is read later, off the event thread; binding it to the
 * displayed element now means that scrolling to another image or frame meanwhile cannot pair these
 * pixels with another header.
 *
 * @param header reads the captured image's header as DICOM JSON; call it off the event thread
 */
public record Capture(BufferedImage image, Callable<String> header) {

  /** Captures {@code view} now (on the event thread). */
  public static Capture of(DefaultView2d<DicomImageElement> view, boolean keepDrawings)
      throws CaptureException {
    DicomImageElement shown = view.getImage();
    if (shown == null) {
      throw new CaptureException(org.radshare.plugin.Messages.getString("capture.notShowing"));
    }
    BufferedImage image = ViewCapture.render(view, keepDrawings);
    return new Capture(image, () -> DicomJsonExport.of(shown));
  }
}
