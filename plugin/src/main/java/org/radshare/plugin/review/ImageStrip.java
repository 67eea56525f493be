/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.ButtonGroup;
import javax.swing.ImageIcon;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.review.ReviewModel;
import org.radshare.plugin.Messages;

/**
 * The strip of a post's images in the review window (shown only when there are several): a
 * thumbnail per image to switch the current one, coloured by that image's own verdict and marked
 * while its alt text is missing.
 */
final class ImageStrip extends JPanel {

  private static final long serialVersionUID = 1L;
  private static final int THUMB = 56;

  private final List<JToggleButton> buttons = new ArrayList<>();

  ImageStrip(List<BufferedImage> images, IntConsumer selected) {
    super(new MigLayout("insets 0"));
    setName("radshare.review.images");
    ButtonGroup group = new ButtonGroup();
    for (int i = 0; i < images.size(); i++) {
      int index = i;
      JToggleButton b =
          new JToggleButton(Messages.format("review.image", i + 1), thumbnail(images.get(i)));
      b.setName("radshare.review.image." + (i + 1));
      b.setHorizontalTextPosition(SwingConstants.RIGHT);
      b.addActionListener(e -> selected.accept(index));
      group.add(b);
      buttons.add(b);
      add(b);
    }
    buttons.get(0).setSelected(true);
  }

  /** Shows each image's verdict and whether its alt text is still missing. */
  void show(ReviewSet set) {
    for (int i = 0; i < buttons.size(); i++) {
      ReviewModel m = set.image(i);
      JToggleButton b = buttons.get(i);
      String name = Messages.format("review.image", i + 1);
      b.setText(m.altText().isBlank() ? Messages.format("review.image.noAltText", name) : name);
      b.setForeground(
          switch (m.verdict()) {
            case PASS -> RegionCanvas.BENIGN;
            case REVIEW -> RegionCanvas.UNKNOWN;
            case BLOCK -> RegionCanvas.PHI;
          });
      b.setToolTipText(Messages.getString("verdict." + m.verdict().name()));
      b.setSelected(i == set.currentIndex());
    }
  }

  @Override
  public void setEnabled(boolean on) {
    super.setEnabled(on);
    buttons.forEach(b -> b.setEnabled(on));
  }

  private static ImageIcon thumbnail(BufferedImage image) {
    double s = Math.min(THUMB / (double) image.getWidth(), THUMB / (double) image.getHeight());
    int w = Math.max(1, (int) Math.round(image.getWidth() * s));
    int h = Math.max(1, (int) Math.round(image.getHeight() * s));
    return new ImageIcon(image.getScaledInstance(w, h, Image.SCALE_SMOOTH));
  }
}
