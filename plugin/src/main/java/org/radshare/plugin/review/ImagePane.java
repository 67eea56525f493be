/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;

/** The "after" image: exactly what will be posted (redacted and cropped), scaled to fit. */
final class ImagePane extends JComponent {

  private static final long serialVersionUID = 1L;

  private transient BufferedImage image;

  ImagePane() {
    setName("radshare.review.after");
    setPreferredSize(new Dimension(480, 360));
  }

  void setImage(BufferedImage image) {
    this.image = image;
    repaint();
  }

  BufferedImage image() {
    return image;
  }

  @Override
  protected void paintComponent(Graphics g0) {
    Graphics2D g = (Graphics2D) g0.create();
    try {
      g.setColor(Color.DARK_GRAY);
      g.fillRect(0, 0, getWidth(), getHeight());
      if (image == null) {
        return;
      }
      double s =
          Math.min(
              getWidth() / (double) image.getWidth(), getHeight() / (double) image.getHeight());
      int w = (int) Math.round(image.getWidth() * s);
      int h = (int) Math.round(image.getHeight() * s);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, (getWidth() - w) / 2, (getHeight() - h) / 2, w, h, null);
    } finally {
      g.dispose();
    }
  }
}
